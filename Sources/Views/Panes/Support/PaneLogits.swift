import Analysis

extension Panes {
    /// Every logit configuration drawing `state` reads (issue 21's lazy loading: what must be parsed before the
    /// pane can draw), in the order it should be parsed (the configuration on screen first); empty for the views
    /// drawn from counts and prevalence only (Section 1 without a drill-down, `problems`). Pure: it depends on the
    /// view, the drill-down and the logit filters, never on the data. Languages reads its type and context in all
    /// four languages (the nested table, the real-prevalence means and the rank agreement all span them); tf-vs-raw
    /// reads both logit types; paper-vs-correct reads its configuration and, for `hf`, the `hf_tf` side of
    /// `tau_hf_vs_hftf.csv`. A test draws every view from only these configurations and from the whole data, and
    /// checks the screens and data tables agree.
    public static func logitConfigurations(_ state: PaneState) -> [LogitConfiguration] {
        guard let configuration = configuration(state) else { return [] }
        if case .modelRanks? = state.drill { return [configuration] }
        switch state.view {
        case .languages:
            let first = [configuration.language]
            return (first + Language.allCases.filter { $0 != configuration.language }).map { language in
                var other = configuration
                other.language = language
                return other
            }
        case .tfVsRaw, .paperVsCorrect:
            guard configuration.logitType == .hf else { return [configuration] }
            var trueFalse = configuration
            trueFalse.logitType = .hfTF
            return [configuration, trueFalse]
        default:
            return [configuration]
        }
    }
}
