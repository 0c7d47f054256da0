extension LogitTable {
    /// Ids of the diseases the file has, ascending.
    public var presentDiseases: [DiseaseID] { diseasePresent.indices.filter { diseasePresent[$0] } }
}

extension Dataset {
    /// Template robustness of every model with logits in a configuration (or of the given models), over the
    /// diseases each file has (spec §5). Models go through the caller's parallel map, results in model order.
    public func robustness(configuration: LogitConfiguration, templates: TemplateSelection = .original,
                           mode: AnalysisMode, models selected: [String]? = nil,
                           queries: Queries = .uncached) -> [ModelRobustness] {
        let ids = selected ?? models(with: configuration).map(\.id)
        let tables = ids.compactMap { logits(model: $0, configuration: configuration) }
        return queries.map(tables) {
            TemplateRobustness.model($0, templates: templates, mode: mode, diseases: $0.presentDiseases)
        }
    }
}
