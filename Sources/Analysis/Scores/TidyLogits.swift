/// The tidy logits layout that `export-logits` writes and `import-logits` reads: one row per logit type, context,
/// group, language, disease (canonical name), demographic (canonical label) and template (0–19); the logit as
/// written (shortest text that reads back exactly), `NaN` for a missing one. Only diseases the model's file has.
public enum TidyLogits {
    public static let header = ["logit_type", "context", "group", "language", "disease", "demographic", "template",
                                "logit"]
    /// The columns an import needs; `logit_type` and `context` may come from options instead.
    public static let requiredColumns = ["group", "language", "disease", "demographic", "template", "logit"]
    public static let missingText = "NaN"

    static let columns = [
        ColumnSchema("logit_type", .text, "hf or hf_tf"), ColumnSchema("context", .text, "plain or american"),
        ColumnSchema("group", .text, "race or gender"), ColumnSchema("language", .text, "en, es, fr or zh"),
        ColumnSchema("disease", .text, "canonical disease name"),
        ColumnSchema("demographic", .text, "canonical demographic label"),
        ColumnSchema("template", .integer, "prompt template (0-19)"),
        ColumnSchema("logit", .real, unit: "logit", "the logit as written, NaN when missing"),
    ]

    /// Every logit of `model` in every configuration it has, in the data set's table order (logit type, context,
    /// language, group), then disease name, demographic and template order. Empty (header only) for a model
    /// without logits.
    public static func table(_ dataset: Dataset, model: String, name: String) -> TypedTable {
        let tables = dataset.logitTables.filter { $0.model == model }
        let rowsPerTable = dataset.diseases.count * 6 * LogitTable.templateCount
        var table = TypedTable(name: name, columns: columns, reservingRows: tables.count * rowsPerTable)
        for logits in tables {
            let configuration = logits.configuration
            let prefix: [TableCell] = ([.text(configuration.logitType.rawValue),
                                             .text(configuration.context.rawValue),
                                             .text(configuration.group.rawValue),
                                             .text(configuration.language.rawValue)])
            for disease in dataset.vocabulary.diseaseIDsByName
            where disease < logits.diseaseCount && logits.diseasePresent[disease] {
                let diseaseCell: [TableCell] = ([.text(dataset.diseases[disease].name)])
                for (index, demographic) in configuration.group.demographics.enumerated() {
                    for template in 0..<LogitTable.templateCount {
                        let value = logits.logit(disease: disease, demographicIndex: index, template: template)
                        table.append(cells: prefix)
                        table.append(cells: diseaseCell)
                        table.append(text: demographic.label)
                        table.append(integer: template)
                        if value.isNaN { table.append(text: missingText) } else { table.append(value: value) }
                        table.endRow()
                    }
                }
            }
        }
        return table
    }
}
