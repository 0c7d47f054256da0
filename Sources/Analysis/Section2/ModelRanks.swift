/// One disease of a model's rank table (issue 16): the competition rank (`Ranking.competitionRanks`, 1 = top, ties
/// share the best rank, 0 = no value) of each of the group's demographics by the model's score and by the Pile's
/// co-occurrence count at a window, and the Kendall tau-b between scores and counts (`ScoreCorrelation.tauCounts`,
/// the Tau view's per-disease tau when the window is 250).
public struct ModelRankRow: Sendable, Hashable {
    public let disease: DiseaseID
    public let modelRanks: [Int]
    public let pileRanks: [Int]
    public let tau: Double
    public let n: Int

    /// Demographics whose two ranks are both known and differ.
    public var disagreements: Int {
        zip(modelRanks, pileRanks).filter { $0 != 0 && $1 != 0 && $0 != $1 }.count
    }
}

extension Dataset {
    /// The rank table of one model: every disease with scores, in name order; empty without logits.
    public func modelRanks(model: String, configuration: LogitConfiguration, templates: TemplateSelection,
                           mode: AnalysisMode, window: Window, queries: Queries = .uncached) -> [ModelRankRow] {
        guard let matrix = scoreMatrix(model: model, configuration: configuration, templates: templates, mode: mode,
                                       queries: queries)
        else { return [] }
        let table = counts(window: window, group: configuration.group)
        let diseases = vocabulary.diseaseIDsByName.filter { $0 < matrix.diseaseCount && matrix.hasScores(disease: $0) }
        let taus = table.map { ScoreCorrelation.tauCounts(matrix, counts: $0, diseases: diseases) }
        return diseases.enumerated().map { index, disease in
            let modelRanks = Ranking.competitionRanks(matrix.vector(disease: disease))
            var pileRanks = Array(repeating: 0, count: modelRanks.count)
            if let table, disease < table.diseaseCount, table.diseasePresent[disease] {
                pileRanks = Ranking.competitionRanks(table.vector(disease: disease).map(Double.init))
            }
            let tau = taus?[index]
            return ModelRankRow(disease: disease, modelRanks: modelRanks, pileRanks: pileRanks, tau: tau?.tau ?? .nan,
                                n: tau?.n ?? 0)
        }
    }
}
