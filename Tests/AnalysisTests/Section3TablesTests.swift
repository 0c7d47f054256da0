import Testing
@testable import Analysis

/// Section 3 tables on a tiny in-memory data set: the contract columns of spec/README.md, and paper_vs_correct.
struct Section3TablesTests {
    static let contract: [String: [String]] = [
        "tau_real.csv": ["group", "logit_type", "context", "language", "model", "templates", "disease", "tau", "n"],
        "tau_hf_vs_hftf.csv": ["group", "context", "language", "model", "disease", "tau", "same_top"],
        "alignment_pairs.csv": ["group", "logit_type", "context", "language", "base", "aligned", "method",
                                "base_mean_tau_real", "aligned_mean_tau_real", "d_tau_real", "n_top_flips",
                                "n_bottom_flips", "mean_rank_tau"],
        "alignment_flips.csv": ["group", "logit_type", "context", "language", "base", "aligned", "disease",
                                "base_ranking", "aligned_ranking", "tau", "top_changed"],
        "language_change.csv": ["group", "logit_type", "context", "language", "base", "disease",
                                "n_changed_below_0_8"],
    ]

    @Test func tablesCarryTheContractColumnsInBothModes() {
        let gender = LogitConfiguration(logitType: .hf, context: .american, language: .en, group: .gender)
        // Base: male 3 > female 2 > non-binary 1; aligned: female first. One flip of the top, none of the bottom.
        let base = Section2TestData.table(model: "base", configuration: gender, [[[3], [2], [1]]])
        let aligned = Section2TestData.table(model: "aligned", configuration: gender, [[[2], [3], [1]]])
        let prevalence = Section2TestData.genderPrevalence([(0, 550, 960)])
        var dataset = Section2TestData.dataset(names: ["asthma"], tables: [base, aligned], prevalence: prevalence)
        let catalog = ModelCatalog(parametersMillions: [:], groups: [],
                                   alignmentPairs: [AlignmentPair(base: "base", aligned: "aligned", method: "RLHF")])
        dataset = Dataset(rootName: "t", vocabulary: Vocabulary(diseases: dataset.diseases, models: catalog,
                              templates: [:], diseaseLookup: dataset.vocabulary.diseaseLookup, promptNames: [:]),
                          models: dataset.models, cooccurrence: [:], documentTotals: [nil], logitTables: [base, aligned],
                          prevalence: dataset.prevalence, filesRead: [], problems: [])
        for mode in AnalysisMode.allCases {
            let tables = Section3Tables.tables(dataset, mode: mode)
            for (name, columns) in Self.contract {
                let table = tables.first { $0.name == name }
                #expect(table.map { Array($0.header.prefix(columns.count)) == columns } ?? false, "\(name) \(mode)")
            }
            #expect(AnalysisTables.all(dataset, mode: mode).filter { $0.name == PaperVsCorrect.tableName }.count == 1)
            // Paper mode keeps only the paper's 89 diseases, defined by the co-occurrence counts this data lacks.
            guard mode == .correct else { continue }
            let text = tables.first { $0.name == "alignment_flips.csv" }?.text ?? ""
            let flip = text.split(separator: "\n").dropFirst().first?
                .split(separator: ",", omittingEmptySubsequences: false).map(String.init) ?? []
            // asthma: base male|female|non-binary, aligned female|male|non-binary; tau-b = 1/3 (one of 3 pairs
            // discordant: (2 − 1)/3); the top changed, the bottom did not.
            #expect(flip.count > 11)
            guard flip.count > 11 else { continue }
            #expect(flip[7] == "male|female|non-binary" && flip[8] == "female|male|non-binary")
            #expect(flip[10] == "1" && flip[11] == "0")
            #expect(abs((Double(flip[9]) ?? .nan) - 1.0 / 3) < 1e-12)
        }
    }
}
