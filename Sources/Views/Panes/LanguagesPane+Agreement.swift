import Analysis

/// The Languages view's cross-language rank agreement (`A`): per model, the mean Kendall tau over diseases between
/// its rankings in the chosen language (`L`) and in each other language; Enter on a model: its per-disease taus.
extension LanguagesPane {
    /// `language_agreement.csv`'s rows of the chosen language's pairs (the builder `tables` uses, over the filtered
    /// models), kept.
    var agreementRows: TypedTable {
        let language = state.filters.language
        let models = filteredModels
        return queries.memo(PaneKey(.contract(.languageAgreement), configuration(language), state.filters,
                                    models: models)) {
            let rows = dataset.languageAgreement(logitType: logitType, context: context, group: state.filters.group,
                                                 templates: state.filters.templates, mode: state.filters.mode,
                                                 language: language, models: models, queries: queries)
            return LanguageAgreementTable.table(dataset, configuration: configuration(language),
                                                templates: state.filters.templates, rows: rows)
        }
    }

    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }

    /// The languages compared with the chosen one, in `Language.allCases` order.
    var otherLanguages: [Language] { Language.allCases.filter { $0 != state.filters.language } }

    /// The language of a row's pair that is not the chosen one.
    func other(_ table: TypedTable, _ row: Int) -> Language? {
        let first = table.text(row, "language_a").flatMap(Language.init(rawValue:))
        let second = table.text(row, "language_b").flatMap(Language.init(rawValue:))
        return first == state.filters.language ? second : first
    }

    func agreementColumns(first: TableColumn) -> [TableColumn] {
        let language = state.filters.language.rawValue
        return [first] + otherLanguages.flatMap { other in
            [TableColumn("tau \(language)-\(other.rawValue)", alignment: .right),
             TableColumn("n \(other.rawValue)", alignment: .right)]
        }
    }

    /// Per model, the mean over diseases of the rows' taus with each other language (the view's summary of the
    /// file's rows, not a column of it).
    func agreementModelRows(_ table: TypedTable) -> [PaneRow] {
        var order: [String] = [], taus: [String: [Language: [Double]]] = [:]
        for row in 0..<table.rowCount {
            guard let model = table.text(row, "model"), let other = other(table, row) else { continue }
            if taus[model] == nil {
                order.append(model)
                taus[model] = [:]
            }
            if let tau = table.number(row, "tau") { taus[model, default: [:]][other, default: []].append(tau) }
        }
        return order.map { model in
            var cells = [model], numbers: [Double?] = [nil]
            for language in otherLanguages {
                let values = taus[model]?[language] ?? []
                let mean = values.isEmpty ? Double.nan : values.reduce(0, +) / Double(values.count)
                cells += [PaneText.number(mean, 3), "\(values.count)"]
                numbers += [mean, Double(values.count)]
            }
            return PaneRow(cells: cells, numbers: numbers, label: model, drill: .model(model))
        }
    }

    /// One model's rows, one line per disease, tau and n per other language.
    func agreementDiseaseRows(_ table: TypedTable, model: String) -> [PaneRow] {
        var order: [String] = [], found: [String: [Language: Int]] = [:]
        for row in table.rows(where: "model", is: model) {
            guard let disease = table.text(row, "disease"), let other = other(table, row) else { continue }
            if found[disease] == nil { order.append(disease) }
            found[disease, default: [:]][other] = row
        }
        return order.map { name in
            var cells = [name], numbers: [Double?] = [nil]
            for language in otherLanguages {
                let row = found[name]?[language]
                let tau = row.flatMap { table.number($0, "tau") }, n = row.flatMap { table.integer($0, "n") }
                cells += [PaneText.number(tau, 3), PaneText.count(n)]
                numbers += [tau, n.map(Double.init)]
            }
            return PaneRow(cells: cells, numbers: numbers, label: name)
        }
    }

    func renderAgreement(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let layout = PaneLayout(area)
        let language = state.filters.language.rawValue
        let caption = Caption.text(filters: state.filters, configuration: configuration(state.filters.language),
                                   dataset: dataset, options: options)
        let headline = drilledModel.map { "Rank agreement of \($0) between \(language) and each language per disease (Kendall tau, n = demographics)" }
            ?? "Rank agreement between \(language) and each other language (mean Kendall tau over diseases; L: language; Enter: per disease)"
        layout.drawFrame(headline: headline, caption: caption, into: &buffer, options: options)
        let rows = agreementRows
        guard rows.rowCount > 0 else {
            layout.drawMessage("No model with logits in \(language) and another language for \(logitType.rawValue), \(context.rawValue) context; keys: L, t, c.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        if let model = drilledModel {
            return PaneTable(columns: agreementColumns(first: TableColumn("disease", maxWidth: 28)),
                             rows: agreementDiseaseRows(rows, model: model))
                .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
        }
        return PaneTable(columns: agreementColumns(first: TableColumn("model", maxWidth: 36)),
                         rows: agreementModelRows(rows))
            .render(state: state, into: &buffer, area: layout.body, options: options, caption: caption)
    }

    var agreementDataTable: TypedTable {
        let table = agreementRows
        let shown = drilledModel.map { table.rows(where: "model", is: $0) } ?? Array(0..<table.rowCount)
        let rows: [[TableCell]] = shown.map { row in
            [.text(table.text(row, "model") ?? ""), .text(table.text(row, "language_a") ?? ""),
             .text(table.text(row, "language_b") ?? ""), .text(table.text(row, "disease") ?? ""),
             .value(table.number(row, "tau")), .value(table.integer(row, "n"))]
        }
        return TypedTable(name: "language_agreement.csv",
                        header: ["model", "language_a", "language_b", "disease", "tau", "n"], rows: rows)
    }
}
