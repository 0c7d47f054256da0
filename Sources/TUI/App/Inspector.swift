import Analysis
import Views

/// The cell inspector (`i`): the cell under the cursor in full, what its column holds, the configuration behind
/// it, and for a paper-vs-correct cell both values, their difference and the reason in a sentence.
enum Inspector {
    static func lines(_ state: AppState, summary: PaneSummary, dataset: Dataset) -> [String] {
        guard let cell = summary.cursorCell else { return ["no cell under the cursor"] }
        var lines = [
            "row     " + sanitizedForTerminal(cell.rowLabel),
            "column  " + sanitizedForTerminal(cell.columnTitle) + "  (" + cell.columnName + ")",
            "text    " + sanitizedForTerminal(cell.text),
        ]
        if let number = cell.number { lines.append("value   " + (number.isNaN ? "NaN (undefined)" : "\(number)")) }
        if let meaning = ColumnGlossary.meaning(cell.columnName) { lines.append("means   " + meaning) }
        lines += paperVersusCorrect(cell, summary: summary)
        lines += templateLogits(state, cell: cell, dataset: dataset)
        if let configuration = Panes.configuration(state.pane) {
            lines.append("config  " + configuration.description + ", templates \(state.pane.filters.templates), "
                         + state.pane.filters.mode.rawValue + " mode")
        } else {
            lines.append("config  " + state.pane.filters.mode.rawValue + " mode, window \(state.pane.filters.window.rawValue) (no logits)")
        }
        lines += wrap("from    " + summary.caption, width: max(20, state.size.width - 8))
        lines += wrap("command " + EquivalentCommand.text(state.pane), width: max(20, state.size.width - 8))
        return lines
    }

    /// For a row with `paper` and `correct` columns: both values, their difference and the reason explained.
    static func paperVersusCorrect(_ cell: InspectedCell, summary: PaneSummary) -> [String] {
        guard let sheet = summary.sheet, cell.row < sheet.cells.count else { return [] }
        let names = sheet.columns.map(\.name)
        guard let paperIndex = names.firstIndex(of: "paper"), let correctIndex = names.firstIndex(of: "correct")
        else { return [] }
        let row = sheet.cells[cell.row], numbers = sheet.numbers[cell.row]
        func full(_ index: Int) -> String {
            (index < numbers.count ? numbers[index] : nil).map { "\($0)" } ?? sanitizedForTerminal(row[index])
        }
        var lines = ["paper   " + full(paperIndex), "correct " + full(correctIndex)]
        if let p = numbers[paperIndex], let c = numbers[correctIndex] { lines.append("differ  correct − paper = \(c - p)") }
        if let reasonIndex = names.firstIndex(of: "reason") {
            let reason = row[reasonIndex]
            lines.append("reason  " + sanitizedForTerminal(reason))
            for sentence in ReasonGlossary.sentences(for: reason) { lines.append("        " + sentence) }
        }
        return lines
    }

    /// The per-template logits behind a cell that belongs to one model and one disease (a model's detail, a
    /// disease's models, a rank table): one line per template of the selection with each demographic's logit
    /// (only the cell's demographic when its column names one) and the template's text.
    static func templateLogits(_ state: AppState, cell: InspectedCell, dataset: Dataset) -> [String] {
        let pane = state.pane
        let data = pane.view == .paperVsCorrect ? dataset : dataset.forMode(pane.filters.mode)
        guard let configuration = Panes.configuration(pane) else { return [] }
        var model: String?, disease: DiseaseID?
        switch pane.drill {
        case .model(let id)?, .modelRanks(let id)?: model = id
        case .disease(let id)?: disease = id
        default: break
        }
        if model == nil, data.model(id: cell.rowLabel) != nil { model = cell.rowLabel }
        if disease == nil { disease = data.diseases.firstIndex { $0.name == cell.rowLabel } }
        guard let model, let disease, let table = data.logits(model: model, configuration: configuration) else {
            return []
        }
        let demographics = configuration.group.demographics
        let named = demographics.filter { cell.columnName.hasPrefix($0.label.lowercased().replacingOccurrences(of: " ", with: "_")) }
        let shown = named.isEmpty ? demographics : named
        let texts = data.vocabulary.templates[configuration.language] ?? []
        var lines = ["logits  \(sanitizedForTerminal(model)), \(data.diseases[disease].name), \(configuration.description): "
                     + shown.map { $0.label }.joined(separator: ", ")]
        for template in pane.filters.templates.indices {
            let values = shown.map { demographic -> String in
                let value = table.logit(disease: disease, demographicIndex: demographic.indexInGroup, template: template)
                return value.isNaN ? "NaN" : NumberText.fixed(value, decimals: 3)
            }
            let text = template < texts.count ? sanitizedForTerminal(texts[template]) : ""
            lines.append("  t\(template)  " + values.joined(separator: " ") + "  " + text)
        }
        return lines
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = "        "
            }
            current += (current.isEmpty || current.hasSuffix("        ") && current.trimmingSpaces().isEmpty ? "" : " ")
                + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
