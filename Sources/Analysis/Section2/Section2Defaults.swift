/// The configurations and model sets the Section 2 views start from (spec section2.md §4–§6).
public enum Section2Defaults {
    /// 2a top vs bottom: `hf_tf`, plain context, English (the notebook's choice), per group.
    public static func topBottom(group: DemographicGroup) -> LogitConfiguration {
        LogitConfiguration(logitType: .hfTF, context: .plain, language: .en, group: group)
    }

    /// 2b template robustness: `hf`, plain, English, templates 0–9.
    public static func robustness(group: DemographicGroup) -> LogitConfiguration {
        LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: group)
    }

    /// 2c Kendall tau: `hf`, American context, English, templates 0–9, window 250.
    public static func tau(group: DemographicGroup) -> LogitConfiguration {
        LogitConfiguration(logitType: .hf, context: .american, language: .en, group: group)
    }

    public static let templates = TemplateSelection.original

    /// The Pile-trained models (Pythia, Mamba, Pile-T5) with logits in a configuration, in dataset order.
    public static func pileModels(_ dataset: Dataset, configuration: LogitConfiguration) -> [String] {
        dataset.models(with: configuration).filter(\.isPileTrained).map(\.id)
    }

    /// The models of the tau analysis: correct = every Pile model with logits; paper = Pythia and Mamba only
    /// (the study dropped pile-t5-base/large; pile-t5-xl has no American-context files).
    public static func tauModels(_ dataset: Dataset, configuration: LogitConfiguration,
                                 mode: AnalysisMode) -> [String] {
        dataset.models(with: configuration).filter {
            mode == .correct ? $0.isPileTrained : ($0.family == "pythia" || $0.family == "mamba")
        }.map(\.id)
    }
}

/// Top/bottom counts of one model (a row of the across-models table).
public struct ModelTopBottom: Sendable, Hashable {
    public let model: String
    public let counts: TopBottomCounts
}

extension Dataset {
    /// The across-models top/bottom table (spec §4): one row per model with logits in the configuration (or per
    /// given model), from the means of the selected templates (`TopBottom.modelCounts`, the rule `top_bottom.csv` uses).
    public func topBottom(configuration: LogitConfiguration, templates: TemplateSelection, mode: AnalysisMode,
                          models selected: [String]? = nil) -> [ModelTopBottom] {
        let listed = Set(TopBottom.models(self, configuration: configuration, templates: templates, mode: mode))
        let ids = (selected ?? models(with: configuration).map(\.id)).filter(listed.contains)
        return ids.compactMap { id in
            guard let table = logits(model: id, configuration: configuration) else { return nil }
            return ModelTopBottom(model: id, counts: TopBottom.modelCounts(self, table: table, templates: templates,
                                                                           mode: mode))
        }
    }
}
