import Testing
@testable import Analysis

/// `Dataset.scores` through a query cache hands out exactly `ScoreMatrix(table, templates:, mode:)`, labelled with
/// the mode asked for, whichever mode asked first, and keeps the placeholder-zero table's two modes apart.
@Suite struct ScoreCacheTests {
    let hf = Section2TestData.table(model: "hf", [[[1, 0, 3], [0, 2, 5], [2, 2, 2]], [[4, 4, 0], [1, 1, 1], [0, 0, 0]]])
    let api = Section2TestData.table(model: "api", source: .gptProcessed, [[[1, 0, 3], [0, 2, 5], [2, 2, 2]], [[4, 4, 0], [1, 1, 1], [0, 0, 0]]])

    @Test(arguments: [[AnalysisMode.correct, .paper], [.paper, .correct]])
    func cachedMatricesEqualFreshOnes(order: [AnalysisMode]) {
        let dataset = Section2TestData.dataset(names: ["a", "b"], tables: [hf, api])
        let cache = TestQueryCache(), queries = Queries(cache: cache)
        for templates in [TemplateSelection.original, TemplateSelection([0, 2])] {
            for table in [hf, api] {
                for mode in order + order {
                    let kept = dataset.scores(table, templates: templates, mode: mode, queries: queries)
                    let fresh = ScoreMatrix(table, templates: templates, mode: mode)
                    #expect(kept.scores.map(\.bitPattern) == fresh.scores.map(\.bitPattern), "\(table.model) \(mode)")
                    #expect(kept.templateCounts == fresh.templateCounts && kept.templates == fresh.templates)
                    #expect(kept.model == fresh.model && kept.configuration == fresh.configuration && kept.mode == mode)
                }
            }
        }
        // The placeholder zeros make the API model's two modes differ (paper averages the zeros as values).
        let paper = dataset.scores(api, templates: .original, mode: .paper, queries: queries)
        let correct = dataset.scores(api, templates: .original, mode: .correct, queries: queries)
        #expect(paper.score(disease: 0, demographicIndex: 0) == 4.0 / 3 && correct.score(disease: 0, demographicIndex: 0) == 2)
        #expect(paper.score(disease: 1, demographicIndex: 2) == 0 && correct.score(disease: 1, demographicIndex: 2).isNaN)
        // The non-API model is kept once for both modes; the API model once per mode (3 matrices × 2 selections).
        #expect(cache.count == 6)
    }
}
