import Testing
@testable import Analysis
import TestSupport

/// The flat score loop and the allocation-free per-template extremes against naive versions, on seeded random
/// tables with NaN, placeholder zeros and ties.
struct ScoresPropertyTests {
    static func randomTable(_ generator: inout TestRandom, group: DemographicGroup,
                            source: ModelSource) -> LogitTable {
        let width = group.demographics.count
        let values = (0..<(4 * width * 20)).map { _ -> Double in
            switch Int.random(in: 0..<10, using: &generator) {
            case 0: return .nan
            case 1: return 0
            default: return Double(Int.random(in: -6 ... -1, using: &generator))  // small range: many ties
            }
        }
        return LogitTable(model: "m", configuration: LogitConfiguration(logitType: .hf, context: .plain, language: .en,
                                                                        group: group),
                          source: source, diseaseCount: 4, values: values, diseasePresent: [true, true, true, true])
    }

    /// `RankAgreement.extremes` (one scan) against its definition: correct mode every demographic tied at the
    /// highest / lowest score, paper mode the first and last of `ordering` (alphabetical ties); NaN left out.
    @Test func extremesMatchTheirDefinition() {
        var generator = TestRandom(seed: 31)
        for trial in 0..<300 {
            let group: DemographicGroup = trial % 2 == 0 ? .race : .gender
            let table = Self.randomTable(&generator, group: group, source: .huggingFace)
            let selection = TemplateSelection([Int.random(in: 0..<20, using: &generator)])  // one template: ties, NaN rows
            for mode in AnalysisMode.allCases {
                let matrix = ScoreMatrix(table, templates: selection, mode: mode)
                for disease in 0..<4 {
                    let extremes = RankAgreement.extremes(matrix, disease: disease)
                    switch mode {
                    case .correct:
                        #expect(extremes.top == matrix.topIndices(disease: disease))
                        #expect(extremes.bottom == matrix.bottomIndices(disease: disease))
                    case .paper:
                        let ordered = matrix.ordering(disease: disease)
                        #expect(extremes.top == (ordered.first.map { [$0] } ?? []))
                        #expect(extremes.bottom == (ordered.last.map { [$0] } ?? []))
                    }
                }
            }
        }
    }

    @Test func scoreMatrixMatchesNaiveMean() {
        var generator = TestRandom(seed: 7)
        for trial in 0..<200 {
            let group: DemographicGroup = trial % 2 == 0 ? .race : .gender
            let source: ModelSource = trial % 3 == 0 ? .gptProcessed : .huggingFace
            let table = Self.randomTable(&generator, group: group, source: source)
            let selection = TemplateSelection((0..<20).filter { _ in Bool.random(using: &generator) } + [0])
            for mode in AnalysisMode.allCases {
                let matrix = ScoreMatrix(table, templates: selection, mode: mode)
                for disease in 0..<4 {
                    for index in 0..<group.demographics.count {
                        let values = selection.indices.map {
                            table.logit(disease: disease, demographicIndex: index, template: $0)
                        }.filter { !(source == .gptProcessed && mode == .correct && $0 == 0) }
                        let naive = CountedMean(of: values)
                        let score = matrix.score(disease: disease, demographicIndex: index)
                        #expect(score == naive.value || (score.isNaN && naive.value.isNaN))
                        #expect(matrix.templateCount(disease: disease, demographicIndex: index) == naive.count)
                    }
                }
            }
        }
    }

    @Test func perTemplateCountsMatchNaiveExtremes() {
        var generator = TestRandom(seed: 11)
        for trial in 0..<50 {
            let group: DemographicGroup = trial % 2 == 0 ? .race : .gender
            let table = Self.randomTable(&generator, group: group, source: .huggingFace)
            let counts = TopBottom.perTemplate(table, mode: .correct, diseases: [0, 1, 2, 3])
            for template in 0..<20 {
                var top = [Int](repeating: 0, count: group.demographics.count), bottom = top
                for disease in 0..<4 {
                    let values = (0..<group.demographics.count).map {
                        table.logit(disease: disease, demographicIndex: $0, template: template)
                    }
                    for index in Ranking.extremeIndices(values, maximum: true) { top[index] += 1 }
                    for index in Ranking.extremeIndices(values, maximum: false) { bottom[index] += 1 }
                }
                #expect(counts[template].top == top && counts[template].bottom == bottom)
            }
        }
    }
}
