/// What the streamed `tables` (`ChunkedTables`) keeps of a configuration's logits after dropping them, for the two
/// tables that read several configurations of every model: `language_agreement.csv` (the four languages of a
/// group, logit type and context) and `tau_hf_vs_hftf.csv` (hf against hf_tf). Per configuration and model: the
/// template 0–9 score matrix (what both read, `Dataset.scores` with templates 0–9) and which diseases the file has.
/// About 5 kB a model and configuration against 90 kB of logits.
struct CarriedScores: Sendable {
    struct Entry: Sendable {
        /// Correct-mode scores.
        let correct: ScoreMatrix
        /// Paper-mode scores of a table with placeholder zeros (they differ only then).
        let paper: ScoreMatrix?
        /// Whether the file has each disease (`LogitTable.diseasePresent`).
        let present: [Bool]

        /// The scores in `mode`: equal to `ScoreMatrix(table, templates: .original, mode: mode)`.
        func matrix(_ mode: AnalysisMode) -> ScoreMatrix {
            guard mode == .paper else { return correct }
            return paper ?? ScoreMatrix(model: correct.model, configuration: correct.configuration,
                                        templates: correct.templates, mode: .paper, scores: correct.scores,
                                        templateCounts: correct.templateCounts)
        }
    }

    static let templates = TemplateSelection.original

    /// Per configuration: the models with logits in `Dataset.models(with:)` order, and their entries.
    private var models: [LogitConfiguration: [String]] = [:]
    private var entries: [LogitConfiguration: [String: Entry]] = [:]

    /// Keeps the scores of every model with logits in `configuration` (computed through `parallel`).
    mutating func keep(_ dataset: Dataset, configuration: LogitConfiguration, parallel: ParallelMap) {
        let tables = dataset.models(with: configuration).compactMap {
            dataset.logits(model: $0.id, configuration: configuration)
        }
        let kept = parallel(tables) { table in
            Entry(correct: ScoreMatrix(table, templates: Self.templates, mode: .correct),
                  paper: table.zerosArePlaceholders ? ScoreMatrix(table, templates: Self.templates, mode: .paper) : nil,
                  present: table.diseasePresent)
        }
        models[configuration] = tables.map(\.model)
        entries[configuration] = Dictionary(zip(tables.map(\.model), kept), uniquingKeysWith: { first, _ in first })
    }

    mutating func drop(_ configuration: LogitConfiguration) {
        models[configuration] = nil
        entries[configuration] = nil
    }

    var configurations: [LogitConfiguration] { Array(models.keys) }

    /// Whether `configuration` was kept (and had logits).
    func holds(_ configuration: LogitConfiguration) -> Bool { !(models[configuration] ?? []).isEmpty }

    /// The models with logits in `configuration`, in `Dataset.models(with:)` order.
    func models(_ configuration: LogitConfiguration) -> [String] { models[configuration] ?? [] }

    func entry(model: String, configuration: LogitConfiguration) -> Entry? { entries[configuration]?[model] }
}
