extension Dataset {
    /// `ScoreMatrix(table, templates:, mode:)`, kept in the caller's query cache (`ScoreMatrixQuery`). A table
    /// without placeholder zeros scores the same in both modes, so its matrix is kept once and handed out with the
    /// mode asked for.
    public func scores(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode,
                       queries: Queries = .uncached) -> ScoreMatrix {
        guard queries.cache != nil else { return ScoreMatrix(table, templates: templates, mode: mode) }
        let computedMode = table.zerosArePlaceholders ? mode : .correct
        let query = ScoreMatrixQuery(model: table.model, configuration: table.configuration, templates: templates,
                                     mode: computedMode)
        let matrix = queries.answer(query) { ScoreMatrix(table, templates: templates, mode: computedMode) }
        guard matrix.mode != mode else { return matrix }
        return ScoreMatrix(model: matrix.model, configuration: matrix.configuration, templates: templates, mode: mode,
                           scores: matrix.scores, templateCounts: matrix.templateCounts)
    }

    /// Score matrices of every model with logits in a configuration (`models(with:)` order), or of the given
    /// models that have them. ≈ 36 models × 93 × 9 × |T| additions: well under a millisecond per model.
    public func scoreMatrices(configuration: LogitConfiguration, templates: TemplateSelection,
                              mode: AnalysisMode, models selected: [String]? = nil,
                              queries: Queries = .uncached) -> [ScoreMatrix] {
        let ids = selected ?? models(with: configuration).map(\.id)
        return ids.compactMap { id in
            logits(model: id, configuration: configuration).map {
                scores($0, templates: templates, mode: mode, queries: queries)
            }
        }
    }

    /// The score matrix of one model, nil when it has no logits in the configuration.
    public func scoreMatrix(model: String, configuration: LogitConfiguration, templates: TemplateSelection,
                            mode: AnalysisMode, queries: Queries = .uncached) -> ScoreMatrix? {
        logits(model: model, configuration: configuration).map {
            scores($0, templates: templates, mode: mode, queries: queries)
        }
    }

    /// Every configuration (logit type × context × language × group) for which some model has logits, in
    /// enumeration order.
    public var logitConfigurations: [LogitConfiguration] {
        let present = Set(logitTables.map(\.configuration))
        return LogitConfiguration.enumerationOrder.filter { present.contains($0) }
    }
}

/// The score matrix of a model's logits in a configuration (`Dataset.scores`): what it depends on.
public struct ScoreMatrixQuery: Query {
    public typealias Answer = ScoreMatrix
    public let model: String
    public let configuration: LogitConfiguration
    public let templates: TemplateSelection
    public let mode: AnalysisMode

    public static var pool: QueryPool { .scoreMatrices }
}
