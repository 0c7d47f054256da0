import Testing
@testable import Analysis

/// The Section 2 tables carry the contract's columns and one row per key.
struct Section2TablesTests {
    @Test func contractColumnsAndRowCounts() {
        let nan = Double.nan
        let a = Section2TestData.table(model: "a", [[[-1], [-2], [-3]], [[nan], [nan], [nan]]])
        let b = Section2TestData.table(model: "b", [[[-3], [-2], [-1]], []])
        let dataset = Section2TestData.dataset(names: ["flu", "acne"], tables: [a, b],
                                               counts: [Section2TestData.counts([[3, 2, 1], nil])])
        let tables = Section2Tables.tables(dataset, mode: .correct)
        let byName = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
        let key = ["group", "logit_type", "context", "language", "model"]
        #expect(byName["scores.csv"]?.header.starts(with: key + ["templates", "disease", "demographic", "score",
                                                                 "n_templates", "rank"]) == true)
        // a: 2 diseases × 3, b: 1 disease (acne absent) × 3.
        #expect(byName["scores.csv"]?.rowCount == 9)
        #expect(byName["top_bottom.csv"]?.rowCount == 2 * 2 * 3)
        #expect(byName["top_bottom_by_template.csv"]?.rowCount == 2 * 20 * 3)
        #expect(byName["template_robustness.csv"]?.rowCount == 2)
        // Only flu has counts; a's flu tau = 1, b's = −1.
        let tau = byName["tau_counts.csv"]
        #expect(tau?.header == key + ["templates", "disease", "tau", "n", "count_quartile", "p_exact", "q_bh",
                                      "reduced"])
        let tauLines = (tau?.text ?? "").split(separator: "\n").dropFirst()
        let cells = tauLines.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(cells.map { $0[7] } == ["1", "-1"])
        // n = 3 without ties: |tau| = 1 for 2 of the 3! orderings → p = 1/3 (hand count); one test per block → q = p.
        #expect(cells.map { $0[10] } == ["0.3333333333333333", "0.3333333333333333"] && cells.map { $0[11] } == cells.map { $0[10] })
        #expect(cells.map { $0[12] } == ["0", "0"])
        // tau_counts_summary: per model, all diseases plus four quartiles; one tau → no interval.
        let summary = byName["tau_counts_summary.csv"]
        #expect(summary?.rowCount == 2 * 5)
        #expect((summary?.text ?? "").split(separator: "\n")[1] == "gender,hf,plain,en,a,0-9,,1,1,,,0")
        let text = byName["scores.csv"]?.text ?? ""
        // acne comes first (name order); a has no acne score: empty score, 0 templates, empty rank.
        #expect(text.split(separator: "\n")[1] == "gender,hf,plain,en,a,0-9,acne,male,,0,")
        #expect(text.split(separator: "\n")[4] == "gender,hf,plain,en,a,0-9,flu,male,-1,1,1")
    }

    /// `scores.csv`'s rows of one configuration under templates 10–11, for one model and disease, by hand: flu of
    /// model a has male 0–9 = −1, 10 = −4, 11 = −6; female 0–9 = −2, 10 = −5, 11 missing; non-binary 0–9 = −3,
    /// 10 = 11 = −2. Means over 10–11: male (−4 − 6) / 2 = −5 (2 templates), female −5 (1), non-binary −2 (2).
    /// Correct mode ranks descending with ties averaged: non-binary 1, male and female (2 + 3) / 2 = 2.5; paper
    /// mode breaks the tie alphabetically: female 2, male 3.
    @Test func scoresOfOneConfigurationUnderOtherTemplatesByHand() {
        let nan = Double.nan
        func cell(_ original: Double, _ ten: Double, _ eleven: Double) -> [Double] {
            [Double](repeating: original, count: 10) + [ten, eleven]
        }
        let a = Section2TestData.table(model: "a", [[cell(-1, -1, -1), cell(-1, -1, -1), cell(-1, -1, -1)],
                                                    [cell(-1, -4, -6), cell(-2, -5, nan), cell(-3, -2, -2)]])
        let b = Section2TestData.table(model: "b", [[cell(-1, -1, -1), cell(-2, -2, -2), cell(-3, -3, -3)],
                                                    [cell(-3, -3, -3), cell(-2, -2, -2), cell(-1, -1, -1)]])
        let dataset = Section2TestData.dataset(names: ["acne", "flu"], tables: [a, b])
        let flu = 1, templates = TemplateSelection([10, 11])
        let lines = { (mode: AnalysisMode) in
            Section2Tables.scores(dataset, configuration: Section2TestData.gender, templates: templates, mode: mode,
                                  models: ["a"], diseases: [flu]).text.split(separator: "\n").map(String.init)
        }
        #expect(lines(.correct) == ["group,logit_type,context,language,model,templates,disease,demographic,score,"
                                        + "n_templates,rank",
                                    "gender,hf,plain,en,a,10-11,flu,male,-5,2,2.5",
                                    "gender,hf,plain,en,a,10-11,flu,female,-5,1,2.5",
                                    "gender,hf,plain,en,a,10-11,flu,non-binary,-2,2,1"])
        #expect(lines(.paper).dropFirst() == ["gender,hf,plain,en,a,10-11,flu,male,-5,2,3",
                                              "gender,hf,plain,en,a,10-11,flu,female,-5,1,2",
                                              "gender,hf,plain,en,a,10-11,flu,non-binary,-2,2,1"])
        // Unrestricted under 0–9, with or without a cache: `tables`' own rows.
        let written = Section2Tables.scores(dataset, configurations: [Section2TestData.gender], mode: .correct).text
        let cache = TestQueryCache()
        for queries in [Queries.uncached, Queries(cache: cache)] {
            #expect(Section2Tables.scores(dataset, configuration: Section2TestData.gender, templates: .original,
                                          mode: .correct, queries: queries).text == written)
        }
        #expect(cache.count == 2)  // one kept score matrix per model
    }
}
