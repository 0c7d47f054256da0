/// `language_agreement.csv`: one row per (group, logit type, context, model, language pair, disease) with logits in
/// both languages: the Kendall tau between the model's rankings in the two languages (`Dataset.languageAgreement`),
/// templates 0–9. Written by both modes but not compared in `paper_vs_correct.csv`, which keeps the contract
/// tables only.
public enum LanguageAgreementTable {
    /// The configurations' blocks are computed on `parallel` and appended in configuration order.
    public static func table(_ dataset: Dataset, mode: AnalysisMode, parallel: ParallelMap = .serial) -> TypedTable {
        var table = empty()
        var seen = Set<String>(), blocks: [LogitConfiguration] = []
        for configuration in dataset.logitConfigurations {
            let key = "\(configuration.group)/\(configuration.logitType)/\(configuration.context)"
            if seen.insert(key).inserted { blocks.append(configuration) }
        }
        let rowsOfBlocks = parallel(blocks) { configuration in
            dataset.languageAgreement(logitType: configuration.logitType, context: configuration.context,
                                      group: configuration.group, templates: .original, mode: mode)
        }
        for (configuration, rows) in zip(blocks, rowsOfBlocks) {
            append(&table, dataset, configuration: configuration, templates: .original, rows: rows)
        }
        return table
    }

    /// The rows of one (group, logit type, context) from `Dataset.languageAgreement` under `templates` (the
    /// Languages view's agreement sheet).
    public static func table(_ dataset: Dataset, configuration: LogitConfiguration, templates: TemplateSelection,
                             rows: [LanguageAgreementRow]) -> TypedTable {
        var table = empty()
        append(&table, dataset, configuration: configuration, templates: templates, rows: rows)
        return table
    }

    static func empty() -> TypedTable {
        TypedTable(dictionary: "language_agreement.csv", header: [
            "group", "logit_type", "context", "model", "language_a", "language_b", "templates", "disease", "tau", "n"])
    }

    static func append(_ table: inout TypedTable, _ dataset: Dataset, configuration: LogitConfiguration,
                       templates: TemplateSelection, rows: [LanguageAgreementRow]) {
        let group = configuration.group.rawValue, logitType = configuration.logitType.rawValue
        let context = configuration.context.rawValue, selection = templates.description
        for row in rows {
            table.append([.text(group), .text(logitType), .text(context), .text(row.model),
                          .text(row.first.rawValue), .text(row.second.rawValue), .text(selection),
                          .text(dataset.diseases[row.disease].name), .value(row.tau), .integer(row.n)])
        }
    }
}
