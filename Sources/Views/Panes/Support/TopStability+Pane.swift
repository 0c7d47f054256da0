import Analysis

extension Dataset {
    /// One model's `top_stability.csv` rows (template bootstrap of each disease's top and ranking) under the pane's
    /// templates, mode and uncertainty settings, by disease; kept between frames in `queries`' cache.
    func topStability(model: String, configuration: LogitConfiguration, filters: ViewFilters,
                      queries: Queries) -> [DiseaseID: TopStability] {
        let settings = filters.uncertainty
        return queries.memo(PaneKey(.topStability(settings), configuration, filters, models: [model])) {
            guard let table = logits(model: model, configuration: configuration) else { return [:] }
            let diseases = vocabulary.diseaseIDsByName.filter { $0 < table.diseaseCount && table.diseasePresent[$0] }
            let rows = TopStability.model(table, templates: filters.templates, mode: filters.mode, diseases: diseases,
                                          settings: settings)
            return Dictionary(rows.map { ($0.disease, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }
}

/// A model's template stability in one number each: the mean `top_share` and `ranking_share` over its diseases
/// with a top (the Top/Bottom sheet's columns), and how many diseases that is.
struct StabilitySummary: Sendable, Hashable {
    let topShare: Double
    let rankingShare: Double
    let diseases: Int

    /// Mean of each share over the rows with a top, summed in disease order (a dictionary's order changes from run to
    /// run, and so would the last bit of a sum in it); NaN shares without any.
    init(_ rows: some Collection<TopStability>) {
        let scored = rows.filter { !$0.top.isEmpty }.sorted { $0.disease < $1.disease }
        diseases = scored.count
        topShare = scored.isEmpty ? .nan : scored.map(\.topShare).reduce(0, +) / Double(scored.count)
        rankingShare = scored.isEmpty ? .nan : scored.map(\.rankingShare).reduce(0, +) / Double(scored.count)
    }
}
