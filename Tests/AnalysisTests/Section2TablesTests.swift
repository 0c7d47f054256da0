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
}
