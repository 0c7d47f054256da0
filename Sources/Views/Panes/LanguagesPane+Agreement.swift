import Analysis

/// The Languages view's cross-language rank agreement (`A`): per model, the mean Kendall tau over diseases between
/// its rankings in the chosen language (`L`) and in each other language; Enter on a model: its per-disease taus.
extension LanguagesPane {
    var agreementRows: [LanguageAgreementRow] {
        let language = state.filters.language
        let models = filteredModels
        return queries.memo(PaneKey(.languageAgreement, configuration(language), state.filters, models: models)) {
            dataset.languageAgreement(logitType: logitType, context: context, group: state.filters.group,
                                      templates: state.filters.templates, mode: state.filters.mode,
                                      language: language, models: models, queries: queries)
        }
    }

    var drilledModel: String? { if case .model(let id)? = state.drill { return id } else { return nil } }

    /// The languages compared with the chosen one, in `Language.allCases` order.
    var otherLanguages: [Language] { Language.allCases.filter { $0 != state.filters.language } }

    func other(_ row: LanguageAgreementRow) -> Language {
        row.first == state.filters.language ? row.second : row.first
    }

    func agreementColumns(first: TableColumn) -> [TableColumn] {
        let language = state.filters.language.rawValue
        return [first] + otherLanguages.flatMap { other in
            [TableColumn("tau \(language)-\(other.rawValue)", alignment: .right),
             TableColumn("n \(other.rawValue)", alignment: .right)]
        }
    }

    func agreementModelRows(_ rows: [LanguageAgreementRow]) -> [PaneRow] {
        var order: [String] = [], taus: [String: [Language: [Double]]] = [:]
        for row in rows {
            if taus[row.model] == nil { order.append(row.model) }
            if row.tau.isFinite { taus[row.model, default: [:]][other(row), default: []].append(row.tau) }
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

    func agreementDiseaseRows(_ rows: [LanguageAgreementRow], model: String) -> [PaneRow] {
        var order: [DiseaseID] = [], found: [DiseaseID: [Language: LanguageAgreementRow]] = [:]
        for row in rows where row.model == model {
            if found[row.disease] == nil { order.append(row.disease) }
            found[row.disease, default: [:]][other(row)] = row
        }
        return order.map { disease in
            let name = PaneText.diseaseName(dataset, disease)
            var cells = [name], numbers: [Double?] = [nil]
            for language in otherLanguages {
                let row = found[disease]?[language]
                cells += [PaneText.number(row?.tau, 3), PaneText.count(row?.n)]
                numbers += [row?.tau, row.map { Double($0.n) }]
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
        guard !rows.isEmpty else {
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
        let rows: [[TableCell]] = agreementRows.filter { drilledModel == nil || $0.model == drilledModel }.map { row in
            [.text(row.model), .text(row.first.rawValue), .text(row.second.rawValue),
             .text(PaneText.diseaseName(dataset, row.disease)), .value(row.tau), .integer(row.n)]
        }
        return TypedTable(name: "language_agreement.csv",
                        header: ["model", "language_a", "language_b", "disease", "tau", "n"], rows: rows)
    }
}
