import Testing
@testable import Analysis
import TestSupport

/// The flat robustness workspace (`TemplateRobustness.model`) against the readable reference
/// (`ReferenceStatistics.robustness`: `TemplateRanks` rows, textbook τ-b) on seeded random tables with many ties,
/// NaN, and placeholder zeros: bit-identical.
struct Section2RobustnessFastPathTests {
    @Test(arguments: [DemographicGroup.gender, .race])
    func fastPathEqualsReference(group: DemographicGroup) {
        var random = TestRandom(seed: 20_260_829 &+ UInt64(group.demographics.count))
        let configuration = LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: group)
        for source in [ModelSource.huggingFace, .gptProcessed] {
            // 12 diseases; values from a 4-level grid (ties), ~10 % NaN and ~10 % zeros; disease 3 absent.
            let logits: [[[Double]]] = (0..<12).map { disease in
                disease == 3 ? [] : group.demographics.indices.map { _ in
                    (0..<LogitTable.templateCount).map { _ in
                        switch random.below(10) {
                        case 0: return .nan
                        case 1: return 0
                        default: return -Double(random.below(4)) - 0.5
                        }
                    }
                }
            }
            let table = Section2TestData.table(configuration: configuration, source: source, logits)
            for mode in AnalysisMode.allCases {
                for templates in [TemplateSelection.original, .all] {
                    let fast = TemplateRobustness.model(table, templates: templates, mode: mode,
                                                        diseases: Array(0..<12))
                    let reference = ReferenceStatistics.robustness(table, templates: templates, mode: mode,
                                                                   diseases: Array(0..<12))
                    #expect(fast.diseases.count == reference.diseases.count)
                    for (a, b) in zip(fast.diseases, reference.diseases) {
                        #expect(a.disease == b.disease && a.templateCount == b.templateCount)
                        #expect(a.modalTopFrequency == b.modalTopFrequency && a.modalTops == b.modalTops)
                        #expect(a.maxSharedRanking == b.maxSharedRanking)
                        #expect(a.meanPairwiseTau.bitPattern == b.meanPairwiseTau.bitPattern)
                        #expect(a.meanAbsLogitDifference.bitPattern == b.meanAbsLogitDifference.bitPattern)
                        #expect(a.meanAbsRankDifference.bitPattern == b.meanAbsRankDifference.bitPattern)
                    }
                    #expect(fast.meanRankByTemplate.flatMap { $0 }.map(\.bitPattern)
                            == reference.meanRankByTemplate.flatMap { $0 }.map(\.bitPattern))
                }
            }
        }
    }
}
