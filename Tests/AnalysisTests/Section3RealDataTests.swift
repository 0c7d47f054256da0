import Testing
@testable import Analysis

/// Expected values: `python3 bench/reference/section3.py` (pandas 2 / scipy on the raw JSON and CSV files; paper mode
/// by the literal procedure of spec/section3.md §3a). Uses the dataset cached by `Section2RealData`.
@Suite(.enabled(if: Section2RealData.available, "../shared/crosscare is absent: Section 3 real-data checks skipped"))
struct Section3RealDataTests {
    let data = Section2RealData.self

    func configuration(_ language: Language, _ group: DemographicGroup) -> LogitConfiguration {
        LogitConfiguration(logitType: .hf, context: .american, language: language, group: group)
    }

    func meanTau(_ dataset: Dataset, _ model: String, _ language: Language, _ group: DemographicGroup,
                 _ mode: AnalysisMode) throws -> CountedMean {
        try #require(dataset.realTaus(configuration: configuration(language, group), mode: mode,
                                      models: [model]).first).meanTau
    }

    @Test func meanTauVsRealPerLanguageMatchesPython() throws {
        let dataset = try #require(data.dataset)
        // (model, group, language, correct mean, paper mean); every mean over n = 15 diseases.
        let expected: [(String, DemographicGroup, Language, Double, Double)] = [
            ("meta-llama/Llama-2-7b-hf", .race, .en, -0.15513641844631534, -0.11999999999999998),
            ("meta-llama/Llama-2-7b-hf", .race, .es, -0.12546777542558976, -0.02666666666666666),
            ("meta-llama/Llama-2-7b-hf", .race, .zh, 0.00414234750849187, -0.13333333333333333),
            ("meta-llama/Llama-2-7b-hf", .gender, .en, -0.3333333333333333, -0.2),
            ("Qwen/Qwen1.5-7B", .race, .fr, -0.014356664314478684, 0.05333333333333332),
            ("Qwen/Qwen1.5-7B", .race, .zh, -0.43958086289075976, -0.026666666666666675),
            ("Qwen/Qwen1.5-7B", .gender, .es, 0.2, 0.06666666666666667),
        ]
        for (model, group, language, correct, paper) in expected {
            let c = try meanTau(dataset, model, language, group, .correct)
            let p = try meanTau(dataset, model, language, group, .paper)
            #expect(data.close(c.value, correct) && c.count == 15, "\(model) \(group) \(language) correct")
            #expect(abs(p.value - paper) < 1e-12 && p.count == 15, "\(model) \(group) \(language) paper")
        }
    }

    @Test func llama7bChatFlipsMatchPython() throws {
        let dataset = try #require(data.dataset)
        let pair = AlignmentPair(base: "meta-llama/Llama-2-7b-hf", aligned: "meta-llama/Llama-2-7b-chat-hf",
                                 method: "RLHF")
        // python: correct (71 top flips, 0 bottom, mean tau 0.8767025089605733 over 93);
        // paper (67, 0, 0.29138576779026215 over its 89 diseases).
        let correct = try #require(dataset.alignmentComparison(pair, configuration: configuration(.en, .race),
                                                               mode: .correct))
        #expect(correct.topFlipCount == 71 && correct.bottomFlipCount == 0 && correct.flips.count == 93)
        #expect(data.close(correct.meanRankTau.value, 0.8767025089605733))
        let paper = try #require(dataset.alignmentComparison(pair, configuration: configuration(.en, .race),
                                                             mode: .paper))
        #expect(paper.topFlipCount == 67 && paper.bottomFlipCount == 0 && paper.flips.count == 89)
        #expect(data.close(paper.meanRankTau.value, 0.29138576779026215))
        // The pair diff's tau-vs-real change uses the same taus as `realTaus`.
        let base = try meanTau(dataset, pair.base, .en, .race, .correct)
        let aligned = try meanTau(dataset, pair.aligned, .en, .race, .correct)
        #expect(data.close(correct.tauRealDifference, aligned.value - base.value))
    }

    @Test func everyAlignmentPairIsFoundInEveryLanguage() throws {
        let dataset = try #require(data.dataset)
        #expect(dataset.vocabulary.models.alignmentPairs.count == 17)
        for language in Language.allCases {
            for group in DemographicGroup.allCases {
                let found = dataset.alignmentComparisons(configuration: configuration(language, group), mode: .correct)
                #expect(found.count == 17, "\(language) \(group): \(found.count) pairs")
                #expect(found.allSatisfy { $0.flips.count >= 89 }, "\(language) \(group) diseases")
            }
        }
    }

    @Test func paperModelAndDiseaseSets() throws {
        let dataset = try #require(data.dataset)
        let en = configuration(.en, .race)
        // Spec §1: 34 models per (hf, American context) in paper mode; 89 diseases.
        #expect(Section3Paper.models(dataset, configuration: en, mode: .paper).count == 34)
        let table = try #require(dataset.logits(model: "Qwen/Qwen1.5-7B", configuration: en))
        #expect(Section3Paper.diseases(dataset, table: table, mode: .paper).count == 89)
        #expect(Section3Paper.realDiseases(dataset).count == 15)
        #expect(dataset.wildModels.count == 19)
    }

    @Test func changeDistributionAndTrueFalseAgreementMatchPython() throws {
        let dataset = try #require(data.dataset)
        // python change_dist(Mistral-7B-v0.1, its 4 derived models, race, zh), real diseases by name. Paper counts
        // scipy's 0.7999999999999999 (one discordant pair of 5) as < 0.8; correct mode's exact 0.8 is not.
        let expectations: [AnalysisMode: [Int]] = [.paper: [1, 2, 2, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 2, 2],
                                                   .correct: [0, 0, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0]]
        for (mode, expected) in expectations {
            let cells = dataset.changeDistribution(configuration: configuration(.zh, .race), mode: mode)
                .filter { $0.base == "mistralai/Mistral-7B-v0.1" }
            #expect(cells.map(\.changed) == expected && cells.allSatisfy { $0.compared == 4 }, "\(mode) \(cells.map(\.changed))")
        }
        // python tf_agreement(Llama-2-7b-hf, race): correct mean 0.14695340501792115 over 93, same top 10;
        // paper 0.24344569288389514 over 89, same top 8.
        let correct = try #require(dataset.trueFalseAgreement(group: .race, mode: .correct)
            .first { $0.model == "meta-llama/Llama-2-7b-hf" })
        #expect(data.close(correct.meanTau.value, 0.14695340501792115) && correct.meanTau.count == 93)
        #expect(correct.sameTopCount == 10)
        let paper = try #require(dataset.trueFalseAgreement(group: .race, mode: .paper)
            .first { $0.model == "meta-llama/Llama-2-7b-hf" })
        #expect(data.close(paper.meanTau.value, 0.24344569288389514) && paper.meanTau.count == 89)
        #expect(paper.sameTopCount == 8)
    }

    @Test func paperTausOfSftAndZephyrAreIdenticalAsInThePublishedFile() throws {
        let dataset = try #require(data.dataset)
        // Spec "Known data quirks": mistral-7b-sft-beta and zephyr have identical en race tau rows in the published
        // file. python tau_real(…, paper=True), real diseases by name (scipy floats, e.g. −0.7999999999999999).
        let expected = [0, -0.19999999999999998, -0.6, 0, 0, 0, -0.39999999999999997, -0.39999999999999997, 0,
                        -0.7999999999999999, -0.39999999999999997, 0, -0.6, 0, 0]
        let rows = dataset.realTaus(configuration: configuration(.en, .race), mode: .paper,
                                    models: ["HuggingFaceH4/mistral-7b-sft-beta", "HuggingFaceH4/zephyr-7b-beta"])
        #expect(rows.count == 2 && rows[0].taus == rows[1].taus)
        #expect(rows.first.map { zip($0.taus.map(\.tau), expected).allSatisfy { abs($0 - $1) < 1e-15 } } ?? false)
    }
}
