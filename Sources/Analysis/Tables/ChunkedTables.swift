/// One table's rows from one chunk of `ChunkedTables`, in the mode `tables` writes, with its rows of
/// `paper_vs_correct.csv`.
public struct TableChunk: Sendable {
    /// The written mode's rows, with the `prevalence_table` column where `AnalysisTables.provenance` adds it.
    public let table: TypedTable
    /// The chunk's rows of `paper_vs_correct.csv` for this table (`PaperVsCorrect.comparedRows`): the differences
    /// of its correct-mode rows, and those of its paper-only rows, which go after all of the table's other
    /// differences; nil for a table the comparison leaves out.
    public let differences: (rows: TypedTable, paperOnly: TypedTable)?
}

/// `tables` over a root too large to hold (issue 21): the tables of `AnalysisTables.all` computed from datasets that
/// each hold the logits of a few configurations (a chunk), in configuration enumeration order, so that memory is
/// bounded by a chunk, not by the root. Given the same data, the rows of every file and of `paper_vs_correct.csv`
/// are those of `AnalysisTables.all`, in the same order, whatever the chunks; one chunk of every configuration
/// computes what `all` computes.
///
/// - Section 1 comes with the first chunk; each Section 2 table and `tau_real.csv`, its summary, the alignment
///   tables and `language_change.csv` are per configuration (`AnalysisTables.configurationGroups`,
///   `Section3Tables.perConfiguration`), so each chunk gives their next rows.
/// - `tau_hf_vs_hftf.csv` and `language_agreement.csv` read several configurations of every model: each chunk's
///   score matrices are kept (`CarriedScores`, about 5 kB a model and configuration) until the configurations they
///   pair with are parsed; an hf_tf configuration gives the rows of its hf partner, a (group, logit type, context)
///   block its rows once its four languages are in, blocks in the order the data first names them.
/// - `language_top_bottom.csv` and paper mode's three layouts read the wild models only: their logits are kept and
///   the tables come from `finish`.
///
/// Every table is handed over in every chunk (empty when it has no rows there), so the first chunk gives the order
/// of the files. Both modes are computed in parallel, as long tasks (`ParallelMap.forLongTasks`), as `forEachTable`
/// does; the mode not written is computed without resampling.
public struct ChunkedTables: Sendable {
    let settings: UncertaintySettings
    let written: AnalysisMode
    let reasons: DifferenceReasons
    /// Configurations the root has files for; each chunk must be given in enumeration order.
    let catalogued: Set<LogitConfiguration>
    /// Models whose logits are kept for `finish` (wild and paper-layout models).
    let keptModels: Set<String>
    private var processed: Set<LogitConfiguration> = []
    /// Per mode, configurations with logits (in that mode's dataset), enumeration order.
    private var present: [AnalysisMode: [LogitConfiguration]] = [:]
    var carried = CarriedScores()
    private var keptLogits: [LogitTable] = []
    /// `language_agreement.csv` blocks named so far and not yet written, in the order first named.
    private var pendingBlocks: [LogitConfiguration] = []
    private var namedBlocks: Set<LogitConfiguration> = []
    private var started = false

    /// `dataset`: the root without logits (`DatasetLoader.loadCatalogue`); `configurations`: those it has files
    /// for; `mode`: the mode whose tables are written (the other is computed for the comparison only).
    public init(_ dataset: Dataset, configurations: some Sequence<LogitConfiguration>,
                settings: UncertaintySettings = .standard, writing mode: AnalysisMode) {
        self.settings = settings
        written = mode
        reasons = DifferenceReasons(dataset)
        catalogued = Set(configurations)
        let layouts = Section3PaperLayouts.groups.flatMap { dataset.vocabulary.models.models(inGroup: $0.0) }
        keptModels = Set(dataset.wildModels + dataset.forMode(.paper).wildModels + layouts)
    }

    /// Computes the tables of one chunk: `dataset` holds the logits of `chunk` (configurations after those of the
    /// chunks before). Calls `body` with every table's chunk in file order.
    public mutating func add(_ dataset: Dataset, chunk: [LogitConfiguration], parallel: ParallelMap,
                             _ body: (TableChunk) throws -> Void) rethrows {
        record(dataset, chunk: chunk, parallel: parallel)
        if !started { try emit(AnalysisTables.section1, dataset, parallel: parallel, body) }
        started = true
        for group in AnalysisTables.configurationGroups { try emit(group, dataset, parallel: parallel, body) }
        let carried = self.carried
        try emit({ dataset, mode, settings, parallel in
            Section3Tables.perConfiguration(dataset, mode: mode, settings: settings, parallel: parallel)
                + [Section3Tables.languageTopBottom(dataset, configurations: [], mode: mode)]
                + Section3Tables.trueFalseTables(
                    ChunkedTables.trueFalse(carried, dataset, mode: mode, parallel: parallel), dataset)
        }, dataset, parallel: parallel, body)
        if written == .paper {
            for table in Section3PaperLayouts.tables(dataset.replacingLogits([])) {
                try body(TableChunk(table: table, differences: nil))
            }
        }
        try body(TableChunk(table: languageAgreement(readyBlocks(), dataset, parallel: parallel), differences: nil))
        release()
    }

    /// The tables that come after every chunk: `language_top_bottom.csv` and, in paper mode, the three layouts,
    /// from the kept wild models' logits; `dataset` is the root without logits, as given to `init`.
    public mutating func finish(_ dataset: Dataset, parallel: ParallelMap,
                                _ body: (TableChunk) throws -> Void) rethrows {
        let wild = dataset.replacingLogits(keptLogits)
        let present = self.present
        try emit({ dataset, mode, _, _ in
            [Section3Tables.languageTopBottom(dataset, configurations: present[mode] ?? [], mode: mode)]
        }, wild, parallel: parallel, body)
        if written == .paper {
            for table in Section3PaperLayouts.tables(wild) { try body(TableChunk(table: table, differences: nil)) }
        }
        let left = pendingBlocks
        pendingBlocks = []
        if !left.isEmpty {
            try body(TableChunk(table: languageAgreement(left, wild, parallel: parallel), differences: nil))
        }
        keptLogits = []
    }

    /// Notes what a chunk holds: its configurations as parsed, those with logits per mode, the language blocks
    /// it names, the carried scores and the kept wild logits.
    private mutating func record(_ dataset: Dataset, chunk: [LogitConfiguration], parallel: ParallelMap) {
        processed.formUnion(chunk)
        for mode in AnalysisMode.allCases {
            present[mode, default: []] += dataset.forMode(mode).logitConfigurations
        }
        for configuration in dataset.logitConfigurations {
            carried.keep(dataset, configuration: configuration, parallel: parallel)
            let block = LanguageAgreementTable.blockKey(configuration)
            if namedBlocks.insert(block).inserted { pendingBlocks.append(block) }
        }
        keptLogits += dataset.logitTables.filter { keptModels.contains($0.model) }
    }

    /// Computes a group in both modes and hands each table over with its differences.
    private func emit(_ group: AnalysisTables.Group, _ dataset: Dataset, parallel: ParallelMap,
                      _ body: (TableChunk) throws -> Void) rethrows {
        for (paper, correct) in AnalysisTables.bothModes(group, dataset, settings: settings, resamplingOnly: written,
                                                         parallel: parallel) {
            let differences = PaperVsCorrect.uncertaintyTables.contains(correct.name) ? nil
                : PaperVsCorrect.comparedRows(paper: paper, correct: correct, reasons: reasons, parallel: parallel)
            try body(TableChunk(table: AnalysisTables.provenance(written == .paper ? paper : correct, dataset,
                                                                 mode: written),
                                differences: differences))
        }
    }

    /// The blocks at the head of the queue whose four languages have all been parsed, taken off it.
    private mutating func readyBlocks() -> [LogitConfiguration] {
        var ready: [LogitConfiguration] = []
        while let block = pendingBlocks.first, isComplete(block) { ready.append(pendingBlocks.removeFirst()) }
        return ready
    }

    private func isComplete(_ block: LogitConfiguration) -> Bool {
        Self.languages(of: block).allSatisfy { processed.contains($0) || !catalogued.contains($0) }
    }

    /// Drops the carried scores no table needs any more: those of configurations whose language block is written
    /// and, for hf, whose hf_tf partner is parsed (or absent).
    private mutating func release() {
        for configuration in carried.configurations {
            guard !pendingBlocks.contains(LanguageAgreementTable.blockKey(configuration)) else { continue }
            var partner = configuration
            partner.logitType = .hfTF
            if configuration.logitType == .hf, !processed.contains(partner), catalogued.contains(partner) { continue }
            carried.drop(configuration)
        }
    }

    static func languages(of block: LogitConfiguration) -> [LogitConfiguration] {
        Language.allCases.map {
            var configuration = block
            configuration.language = $0
            return configuration
        }
    }
}
