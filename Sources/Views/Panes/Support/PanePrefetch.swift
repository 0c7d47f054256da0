import Analysis

/// What a pane asks its `Queries` for when it draws, asked without drawing: `Panes.prefetch` computes the queries
/// of a frame into the cache, so that the frame, drawn later, only reads them (the explorer's idle warm-up of the
/// frames one key away). Each pane names the same analyses its `render` reads, for the same state; a test checks
/// that a prefetched frame draws without a cache miss and draws the same as without the prefetch.
protocol PrefetchingPane {
    /// Computes every kept analysis `render` reads for this state; draws nothing.
    func prefetch()
}

extension Panes {
    /// Computes the queries that drawing `state` asks for into `queries`' cache, without drawing (nothing to do
    /// without a cache).
    public static func prefetch(_ state: PaneState, dataset: Dataset, queries: Queries) {
        guard queries.cache != nil else { return }
        let dataset = modeData(state, dataset)
        if case .modelRanks(let model)? = state.drill {
            _ = ModelRanksPane(state: state, dataset: dataset, queries: queries, model: model).rows
        } else if case .disease(let disease)? = state.drill, drillsIntoDiseases(state.view) {
            DiseaseModelsPane(state: state, dataset: dataset, queries: queries, disease: disease).prefetch()
        } else if let pane = analysisPane(state.view) {
            (pane.init(state: state, dataset: dataset, queries: queries) as? any PrefetchingPane)?.prefetch()
        }
    }
}

extension WindowsPane: PrefetchingPane {
    func prefetch() { _ = variation }
}

extension PrevalencePane: PrefetchingPane {
    func prefetch() { _ = contractRows }
}

extension CountsPane: PrefetchingPane {
    func prefetch() {
        _ = fullMatrix
        _ = counts
    }
}

extension RanksPane: PrefetchingPane {
    func prefetch() { _ = contractRanks }
}

extension TopBottomPane: PrefetchingPane {
    func prefetch() {
        guard drilledModel == nil else { return }
        let perModel = self.perModel
        if !perModel.isEmpty { _ = stabilities(perModel.map(\.model)) }
    }
}

extension TemplatesPane: PrefetchingPane {
    func prefetch() {
        let models = drilledModel.map { [$0] } ?? state.filters.modelIDs(dataset, configuration: configuration)
        let results = robustness(models)
        if drilledModel != nil, let first = results.first { _ = stability(first.model) }
    }
}

extension TauPane: PrefetchingPane {
    func prefetch() {
        let analysis = self.analysis
        if drilledModel == nil, !analysis.models.isEmpty {
            _ = analysis.summaries(queries, settings: state.filters.uncertainty)
        }
        if drilledModel != nil { _ = analysis.countRows(dataset, queries) }
    }
}

extension TauSizePane: PrefetchingPane {
    func prefetch() {
        guard drilledModel == nil else { return _ = analysis }
        guard !points.isEmpty else { return }
        _ = intervals
        _ = trends
    }
}

extension UncorrelatedPane: PrefetchingPane {
    func prefetch() { _ = result }
}

extension LanguagesPane: PrefetchingPane {
    func prefetch() {
        guard !state.filters.languageAgreement else { return _ = agreementRows }
        let cells = self.cells
        guard cells.rowCount > 0 else { return }
        _ = queries.memo(PaneKey(.languageTable(bottom: state.filters.bottom), configuration(.en), state.filters,
                                 models: filteredModels)) { table(cells) }
        _ = realTauRows(languages(cells))
    }
}

extension TrueFalsePane: PrefetchingPane {
    func prefetch() {
        let agreements = self.agreements
        guard !agreements.isEmpty else { return }
        if drilledModel == nil { _ = summaryRows(agreements) }
    }
}

extension AlignmentPane: PrefetchingPane {
    func prefetch() {
        let comparisons = self.comparisons
        guard drilledPair == nil, !comparisons.isEmpty else { return }
        let pairs = Section3Tables.alignmentPairs(comparisons: comparisons)
        let table = PaneTable(columns: AlignmentPane.pairColumns(mode: state.filters.mode),
                              rows: (0..<pairs.rowCount).map { pairRow(pairs, $0) })
        if case .alignmentPair(let base, let aligned)? = table.rowUnderCursor(state)?.drill {
            _ = realSummaryRows(base: base, aligned: aligned)
        }
    }
}

extension PaperVsCorrectPane: PrefetchingPane {
    func prefetch() { _ = scope.differences }
}
