import Testing
@testable import Analysis

/// The four Section 1 tables carry the contract's columns (spec README "Tables the tool writes") first.
struct Section1TablesTests {
    let dataset = Section1Fixture.dataset()

    static let contract: [String: [String]] = [
        "cooccurrence.csv": ["window", "group", "disease", "demographic", "count", "share_pct", "rank"],
        "window_agreement.csv": ["group", "n_diseases", "identical_all_windows", "same_top_all_windows"],
        "disease_totals.csv": ["disease", "total_entity_count", "quartile"],
        "prevalence_comparison.csv": ["group", "disease", "demographic", "real_prevalence", "real_share_pct",
                                      "pile_share_pct", "share_error_pp", "representation_ratio", "real_rank",
                                      "pile_rank"],
    ]

    @Test(arguments: AnalysisMode.allCases) func contractColumnsAndRowCounts(mode: AnalysisMode) throws {
        let tables = Section1Tables.tables(dataset, mode: mode)
        #expect(tables.map(\.name) == ["cooccurrence.csv", "window_agreement.csv", "disease_totals.csv",
                                       "prevalence_comparison.csv"])
        for table in tables {
            let expected = try #require(Self.contract[table.name])
            #expect(Array(table.header.prefix(expected.count)) == expected)
            #expect(table.rows.allSatisfy { $0.count == table.header.count })
        }
        #expect(tables.map(\.rows.count) == [102, 2, 4, 14])
    }

    @Test func encodedRows() {
        let tables = Section1Tables.tables(dataset, mode: .correct)
        let agreement = CSVEncoder.text(tables[1]).split(separator: "\n")
        // gender: 3 diseases, 1 identical, 2 same top; pairwise 1, 3, 2, 2 (weak orders, see Section1CountsTests).
        #expect(agreement[1].hasPrefix("gender,3,1,2,1,3,2,2,"))
        let totals = CSVEncoder.text(tables[2]).split(separator: "\n")
        #expect(totals[1] == "asthma,3000,3,2")
        let cooc = CSVEncoder.text(tables[0]).split(separator: "\n")
        #expect(cooc[1].hasPrefix("10,gender,asthma,male,1,100,1,"))
        // flu / hispanic is missing in correct mode: empty cells for prevalence, shares, error, ratio and ranks.
        let comparison = CSVEncoder.text(tables[3]).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(comparison.contains("race,flu,hispanic,,,,,,,,10,,"))
    }
}
