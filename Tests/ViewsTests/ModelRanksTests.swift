import Analysis
import Testing
@testable import Views

/// The rank table's tau is the Tau view's per-disease tau at window 250, and its ranks are competition ranks.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct ModelRanksTests {
    @Test func tauMatchesTheTauViewAndRanksAreCompetitionRanks() throws {
        let dataset = try #require(EmbeddedData.dataset)
        let configuration = Section2Defaults.tau(group: .race)
        let model = try #require(dataset.models(with: configuration).first?.id)
        let rows = dataset.modelRanks(model: model, configuration: configuration, templates: .original,
                                      mode: .correct, window: .w250)
        let analysis = TauAnalysis(dataset, configuration: configuration, templates: .original, mode: .correct,
                                   models: [model])
        let taus = Dictionary(uniqueKeysWithValues: (analysis.countTaus.first ?? []).map { ($0.disease, $0.tau) })
        #expect(rows.count > 50)
        for row in rows {
            if let expected = taus[row.disease] { #expect(row.tau == expected || (row.tau.isNaN && expected.isNaN)) }
            #expect(row.modelRanks.filter { $0 == 1 }.count >= 1)
        }
        // Hand check of the rank rule: scores 3, 1, 3 → ranks 1, 3, 1.
        #expect(Ranking.competitionRanks([3, 1, 3]) == [1, 3, 1])
    }
}
