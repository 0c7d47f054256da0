/// `language_agreement.csv`: one row per (group, logit type, context, model, language pair, disease) with logits in
/// both languages: the Kendall tau between the model's rankings in the two languages (`Dataset.languageAgreement`),
/// templates 0–9. Written by both modes but not compared in `paper_vs_correct.csv`, which keeps the contract
/// tables only.
///
/// Rows come in blocks of (group, logit type, context), in the order in which the data's configurations first
/// name each block (`blocks`); the streamed `tables` appends a block's rows when its last language is parsed.
public enum LanguageAgreementTable {
    /// The configurations' blocks are computed on `parallel` and appended in configuration order.
    public static func table(_ dataset: Dataset, mode: AnalysisMode, parallel: ParallelMap = .serial) -> TypedTable {
        var table = emptyTable()
        let blocks = blocks(dataset.logitConfigurations)
        let rowsOfBlocks = parallel(blocks) { block in
            dataset.languageAgreement(logitType: block.logitType, context: block.context, group: block.group,
                                      templates: .original, mode: mode)
        }
        for (block, rows) in zip(blocks, rowsOfBlocks) { append(rows, of: block, to: &table, dataset) }
        return table
    }

    public static let name = "language_agreement.csv"

    public static func emptyTable() -> TypedTable {
        TypedTable(dictionary: name, header: [
            "group", "logit_type", "context", "model", "language_a", "language_b", "templates", "disease", "tau", "n"])
    }

    /// The (group, logit type, context) blocks of `configurations` in the order they are first met, each
    /// standing for its four languages (`blockKey`).
    public static func blocks(_ configurations: [LogitConfiguration]) -> [LogitConfiguration] {
        var seen = Set<LogitConfiguration>()
        return configurations.filter { seen.insert(blockKey($0)).inserted }.map(blockKey)
    }

    /// The block a configuration belongs to: itself in English.
    public static func blockKey(_ configuration: LogitConfiguration) -> LogitConfiguration {
        LogitConfiguration(logitType: configuration.logitType, context: configuration.context, language: .en,
                           group: configuration.group)
    }

    /// The rows of one (group, logit type, context) from `Dataset.languageAgreement` under `templates` (the
    /// Languages view's agreement sheet).
    public static func table(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection,
                             rows: [LanguageAgreementRow]) -> TypedTable {
        var table = emptyTable()
        append(rows, of: configuration, to: &table, dataset, templates: templates)
        return table
    }

    /// Appends one block's rows (`Dataset.languageAgreement` of the block under `templates`).
    public static func append(_ rows: [LanguageAgreementRow], of block: LogitConfiguration, to table: inout TypedTable,
                              _ dataset: Dataset, templates selection: TemplateSelection = .original) {
        let group = block.group.rawValue, logitType = block.logitType.rawValue, context = block.context.rawValue
        let templates = selection.description
        for row in rows {
            table.append([.text(group), .text(logitType), .text(context), .text(row.model),
                          .text(row.first.rawValue), .text(row.second.rawValue), .text(templates),
                          .text(dataset.diseases[row.disease].name), .value(row.tau), .integer(row.n)])
        }
    }
}
