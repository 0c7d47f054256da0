import Analysis

/// `languages` (Section 3b): the nested table — rows diseases, column groups language × demographic, each cell the
/// number of wild models (`Dataset.wildModels`) ranking that demographic top (bottom with `filters.bottom`, key
/// `b`), shaded by count; under it the mean Kendall tau vs real prevalence per language of the filtered wild models.
/// Defaults: `hf`, American context (decision 4).
struct LanguagesPane: AnalysisPane, Sendable {
    let state: PaneState
    let dataset: Dataset
    let queries: Queries

    var logitType: LogitType { state.filters.logitType ?? .hf }
    var context: PromptContext { state.filters.context ?? .american }
    var demographics: [Demographic] { state.filters.group.demographics }
    var side: String { state.filters.bottom ? "bottom" : "top" }

    /// The models the model filter keeps (nil: every wild model).
    var filteredModels: [String]? {
        state.filters.models.isEmpty ? nil : dataset.models.filter(state.filters.includes).map(\.id)
    }

    /// `language_top_bottom.csv`'s rows of the group, logit type and context (the builder `tables` uses, over the
    /// filtered models), kept.
    var cells: TypedTable {
        let models = filteredModels
        return queries.memo(PaneKey(.contract(.languageTopBottom), configuration(.en), state.filters, models: models)) {
            let rows = dataset.languageTopBottom(group: state.filters.group, logitType: logitType, context: context,
                                                 templates: state.filters.templates, mode: state.filters.mode,
                                                 models: models, queries: queries)
            return Section3Tables.languageTopBottom(dataset, configuration: configuration(.en), rows: rows)
        }
    }

    /// The languages the cells have, in `Language.allCases` order.
    func languages(_ cells: TypedTable) -> [Language] {
        let present = Set((0..<cells.rowCount).compactMap { cells.text($0, "language").flatMap(Language.init(rawValue:)) })
        return Language.allCases.filter(present.contains)
    }

    func configuration(_ language: Language) -> LogitConfiguration {
        LogitConfiguration(logitType: logitType, context: context, language: language, group: state.filters.group)
    }

    /// One row per disease (first-seen order), one number per (language, demographic): the rows' top (bottom)
    /// counts.
    func table(_ cells: TypedTable) -> PaneTable {
        let languages = self.languages(cells)
        let side = state.filters.bottom ? "bottom" : "top"
        var order: [String] = [], values: [String: [String: Int]] = [:]
        for row in 0..<cells.rowCount {
            guard let disease = cells.text(row, "disease"), let language = cells.text(row, "language").flatMap(Language.init(rawValue:)),
                  let demographic = cells.text(row, "demographic").flatMap(Demographic.init(label:)) else { continue }
            if values[disease] == nil { order.append(disease) }
            values[disease, default: [:]][key(language, demographic)] = cells.integer(row, side)
        }
        let keys = languages.flatMap { language in demographics.map { key(language, $0) } }
        let columns = [TableColumn("disease", maxWidth: 28)] + keys.map { TableColumn($0, alignment: .right) }
        let rows = order.map { name -> PaneRow in
            let numbers = keys.map { key in values[name]?[key].map(Double.init) }
            return PaneRow(cells: [name] + numbers.map { $0.map { String(Int($0)) } ?? "-" },
                           numbers: [nil] + numbers, label: name)
        }
        return PaneTable(columns: columns, rows: rows)
    }

    func key(_ language: Language, _ demographic: Demographic) -> String {
        "\(language.rawValue) \(PaneText.code(demographic))"
    }

    /// The filtered wild models' mean tau vs real prevalence per language (nil = no logits in that language).
    func realTauRows(_ languages: [Language]) -> [PaneRow] {
        let wild = dataset.wildModels.filter { id in dataset.models.first { $0.id == id }.map(state.filters.includes) ?? false }
        // Kept as a whole per language list and models; one language per worker of the caller's parallel map.
        let settings = state.filters.uncertainty
        let key = PaneKey(.realTauMeans(languages: languages, settings), configuration(.en), state.filters,
                          models: wild)
        // `tau_real_summary.csv`'s rows per language (the builder `tables` uses).
        let tables = queries.memo(key) {
            let perLanguage = queries.map(languages) { language in
                let taus = dataset.realTaus(configuration: configuration(language), templates: state.filters.templates,
                                            mode: state.filters.mode, models: wild, queries: queries)
                return Section3Tables.tauRealSummary(dataset, configuration: configuration(language),
                                                     templates: state.filters.templates, realTaus: taus,
                                                     settings: settings)
            }
            return Dictionary(uniqueKeysWithValues: zip(languages, perLanguage))
        }
        var means: [Language: [String: MeanTauSummary]] = [:]
        for (language, table) in tables {
            for row in 0..<table.rowCount {
                guard let model = table.text(row, "model") else { continue }
                means[language, default: [:]][model] = TauPane.summary(table, row: row)
            }
        }
        return wild.compactMap { id in
            let values = languages.map { means[$0]?[id] }
            guard values.contains(where: { $0 != nil }) else { return nil }
            return PaneRow(cells: [id] + values.map { $0.map { "\(PaneText.interval($0)) (n=\($0.mean.count)" + ($0.reducedCount > 0 ? ", \($0.reducedCount) red.)" : ")") } ?? "-" },
                           numbers: [nil] + values.map { $0?.mean.value }, label: id)
        }
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        if state.filters.languageAgreement { return renderAgreement(into: &buffer, area: area, options: options) }
        let layout = PaneLayout(area)
        let caption = Caption.text(filters: state.filters, configuration: configuration(state.filters.language),
                                   dataset: dataset, options: options)
        layout.drawFrame(headline: "Wild models ranking each demographic \(side) per disease and language (b: top/bottom; \(PaneText.codeLegend(state.filters.group)))",
                         caption: caption, into: &buffer, options: options)
        let cells = self.cells
        guard cells.rowCount > 0 else {
            layout.drawMessage("No wild-model logits for \(logitType.rawValue), \(context.rawValue) context, \(state.filters.group.rawValue); keys: t logit type, c context, r group.",
                               into: &buffer, options: options)
            return PaneSummary(caption: caption)
        }
        // The table of counts is kept too: building its 2,000-odd cells is most of a redraw.
        let paneTable = queries.memo(PaneKey(.languageTable(bottom: state.filters.bottom), configuration(.en),
                                             state.filters, models: filteredModels)) { table(cells) }
        let languages = self.languages(cells)
        let tauRows = realTauRows(languages)
        let tauHeight = layout.body.height >= 16 ? min(tauRows.count + 3, layout.body.height * 2 / 5) : 0
        let parts = layout.body.rows([.min(0), .fixed(tauHeight)])
        let summary = LanguagesHeatmap(pane: paneTable, languages: languages, groupWidth: demographics.count)
            .render(state: state, into: &buffer, area: parts[0], options: options, caption: caption)
        if tauHeight > 0 {
            let title = "Mean tau vs real prevalence per language [\(PaneText.confidence(state.filters.uncertainty)) bootstrap interval] (filtered wild models, n = diseases; red. = taus from fewer pairs)"
            buffer.put(title, x: parts[1].x, y: parts[1].y + 1, width: parts[1].width, style: Style(bold: true),
                       options: options)
            let tauArea = Rect(x: parts[1].x, y: parts[1].y + 2, width: parts[1].width, height: parts[1].height - 2)
            Table(columns: [TableColumn("model", maxWidth: 36)] + languages.map { TableColumn($0.rawValue, alignment: .right) },
                  rows: tauRows.map(\.cells)).render(into: &buffer, area: tauArea, options: options)
        }
        return summary
    }

    var dataTable: TypedTable {
        if state.filters.languageAgreement { return agreementDataTable }
        let cells = self.cells
        let rows: [[TableCell]] = (0..<cells.rowCount).map { row in
            let language = cells.text(row, "language").flatMap(Language.init(rawValue:)) ?? state.filters.language
            return [.text(cells.text(row, "disease") ?? ""), .text(language.rawValue),
                    .text(configuration(language).description), .text(cells.text(row, "demographic") ?? ""),
                    .value(cells.integer(row, "top")), .value(cells.integer(row, "bottom")),
                    .value(cells.integer(row, "n_models"))]
        }
        return TypedTable(name: "languages.csv", header: ["disease", "language", "configuration", "demographic", "top",
                                                        "bottom", "models"], rows: rows)
    }
}
