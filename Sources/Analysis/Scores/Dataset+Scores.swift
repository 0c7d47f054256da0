extension Dataset {
    /// Score matrices of every model with logits in a configuration (`models(with:)` order), or of the given
    /// models that have them. ≈ 36 models × 93 × 9 × |T| additions: well under a millisecond per model.
    public func scoreMatrices(configuration: LogitConfiguration, templates: TemplateSelection,
                              mode: AnalysisMode, models selected: [String]? = nil) -> [ScoreMatrix] {
        let ids = selected ?? models(with: configuration).map(\.id)
        return ids.compactMap { id in
            logits(model: id, configuration: configuration).map {
                ScoreMatrix($0, templates: templates, mode: mode)
            }
        }
    }

    /// The score matrix of one model, nil when it has no logits in the configuration.
    public func scoreMatrix(model: String, configuration: LogitConfiguration, templates: TemplateSelection,
                            mode: AnalysisMode) -> ScoreMatrix? {
        logits(model: model, configuration: configuration).map { ScoreMatrix($0, templates: templates, mode: mode) }
    }

    /// Every configuration (logit type × context × language × group) for which some model has logits, in
    /// enumeration order.
    public var logitConfigurations: [LogitConfiguration] {
        var result: [LogitConfiguration] = []
        for logitType in LogitType.allCases {
            for context in PromptContext.allCases {
                for language in Language.allCases {
                    for group in DemographicGroup.allCases {
                        result.append(LogitConfiguration(logitType: logitType, context: context,
                                                         language: language, group: group))
                    }
                }
            }
        }
        let present = Set(logitTables.map(\.configuration))
        return result.filter { present.contains($0) }
    }
}
