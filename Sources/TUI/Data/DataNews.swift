import Analysis
import Views

/// What the loop has told the user about the data so far, so that each piece of news reaches the status line once:
/// the catalogue's arrival (model-filter terms that match no model are then dropped and named, as `--model` was
/// checked before issue 21's lazy loading) and the problems found in each configuration's files as it is parsed
/// (errors and warnings are named; notes, the explained quirks, only counted with them).
struct DataNews {
    private var checkedModels = false
    private var reported = 0
    /// The status message the last frame showed: one set since (by a command) is kept beside the news.
    private var shown: String?

    mutating func report(_ data: ExplorerData, into state: inout AppState) {
        let earlier = state.statusMessage != shown ? state.statusMessage : nil
        defer { shown = state.statusMessage }
        if !checkedModels, !state.data.listing {
            checkedModels = true
            dropUnmatchedModels(data.base, from: &state)
        }
        guard let loader = data.loader else { return }
        let added = loader.findings.added
        guard added.count > reported else { return }
        let fresh = added[reported...]
        reported = added.count
        let serious = fresh.filter { $0.problems.contains { $0.severity > .note } }
        guard !serious.isEmpty else { return }
        let problems = serious.flatMap(\.problems)
        let counts = ProblemSeverity.allCases.reversed().compactMap { severity -> String? in
            let count = problems.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        let names = serious.map(\.configuration.description).joined(separator: ", ")
        let news = "logits \(names): \(counts.joined(separator: ", ")) found; see Problems"
        state.statusMessage = earlier.map { $0 + "; " + news } ?? news
    }

    /// Drops the model-filter terms that match no model of `dataset` and says so (with the nearest names).
    private func dropUnmatchedModels(_ dataset: Dataset, from state: inout AppState) {
        guard let unmatched = ModelSuggestions.message(state.pane.filters, dataset: dataset) else { return }
        let missing = Set(ModelSuggestions.unmatched(state.pane.filters, dataset: dataset))
        state.changeFilters { $0.models.removeAll(where: missing.contains) }
        state.modelFilterText = state.pane.filters.models.joined(separator: ",")
        state.statusMessage = [unmatched + "; left out of the model filter", state.statusMessage]
            .compactMap { $0 }.joined(separator: "; ")
    }
}
