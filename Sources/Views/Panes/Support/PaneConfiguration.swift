import Analysis

/// Which logits a Section 2 view reads: the view's default configuration (spec README decision 4 and
/// `Section2Defaults`), with the filters' logit type, context, language and group applied over it.
extension ViewFilters {
    /// `base` with every filter that is set laid over it (language and group always come from the filters).
    func configuration(default base: LogitConfiguration) -> LogitConfiguration {
        LogitConfiguration(logitType: logitType ?? base.logitType, context: context ?? base.context,
                           language: language, group: group)
    }

    /// The ids of the models with logits in `configuration` that pass the model filter, in dataset order.
    func modelIDs(_ dataset: Dataset, configuration: LogitConfiguration) -> [String] {
        dataset.models(with: configuration).filter(includes).map(\.id)
    }

    /// The one-line message for a configuration with no data for the filtered models, naming the keys that change it.
    func emptyMessage(_ configuration: LogitConfiguration) -> String {
        let models = self.models.isEmpty ? "any model" : "models matching " + self.models.joined(separator: ",")
        return "No logits for \(configuration) for \(models); keys: t logit type, c context, L language, "
            + "r group, f models."
    }
}

extension Caption {
    /// The caption with the configuration actually drawn (the view's default resolved) in place of "default".
    static func text(filters: ViewFilters, configuration: LogitConfiguration, dataset: Dataset,
                     options: RenderOptions) -> String {
        var resolved = filters
        resolved.logitType = configuration.logitType
        resolved.context = configuration.context
        return text(filters: resolved, dataset: dataset, options: options)
    }
}
