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

extension Panes {
    /// The views whose model list has one row per model in dataset order, each row that model's own numbers
    /// (per-model taus and intervals, template robustness, top/bottom counts and their template resampling), and
    /// whose `.model` drill-down reads that model alone.
    public static let viewsListingModels: Set<ViewID> = [.tau, .templates, .topBottom]

    /// The head of its configuration `state` can draw from before the rest is parsed (`LogitHead`), given
    /// `candidates` (the models with logits in it that pass the model filter, in dataset order) and the pane's
    /// `height` in rows; nil when the pane needs every model. One model's drill-down (per-disease taus, robustness
    /// or per-template counts of a model; a model's rank table) reads that model alone. A model list
    /// (`viewsListingModels`), unsorted and with no value filter or top cut, draws its rows in `candidates` order:
    /// the rows through the last one the screen can show (scroll or cursor plus the height) are those models'.
    /// Everything else (a sort or a filter on a value column, the other views, a disease drill-down) needs every
    /// model.
    public static func logitHead(_ state: PaneState, candidates: [String], height: Int) -> LogitHead? {
        guard let configuration = configuration(state), logitConfigurations(state) == [configuration] else {
            return nil
        }
        let listsModels = viewsListingModels.contains(state.view)
        switch state.drill {
        case .model(let id)? where listsModels, .modelRanks(let id)?:
            return candidates.contains(id) ? LogitHead(configuration: configuration, models: [id]) : nil
        case nil where listsModels:
            let filters = state.filters
            guard filters.sort == nil, filters.top == nil, (filters.rowFilter ?? "").trimmingSpaces().isEmpty,
                  height > 0 else { return nil }
            let rows = max(state.scrollRow, state.cursorRow) + height + 1
            return rows < candidates.count
                ? LogitHead(configuration: configuration, models: Array(candidates.prefix(rows))) : nil
        default:
            return nil
        }
    }
}
