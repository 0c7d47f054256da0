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

/// What the common columns hold, with their unit.
enum ColumnGlossary {
    static let meanings: [String: String] = [
        "tau_counts": "Kendall tau-b between the model's demographic ranking and the Pile co-occurrence ranking (−1…1)",
        "n_counts": "how many diseases (or demographics) the tau averages over (count)",
        "tau_real": "Kendall tau-b between the model's ranking and US prevalence (−1…1)",
        "n_real": "how many diseases with prevalence the tau averages over (count)",
        "tau": "Kendall tau-b (−1…1; NaN when one side is constant)",
        "params_b": "model size, billions of parameters",
        "n": "number of items compared (count)",
        "quartile": "disease-frequency quartile in the Pile (1 rare … 4 common)",
        "top_changed": "whether the top demographic differs between base and aligned model (yes/no)",
        "bottom_changed": "whether the bottom demographic differs between base and aligned model (yes/no)",
        "cells": "number of differing cells (count)",
        "documents": "Pile documents mentioning the disease (count)",
        "mean_tau": "mean of per-disease Kendall taus (−1…1)",
        "rank_tau": "Kendall tau between two rankings (−1…1)",
        "pile_rank": "rank in the Pile counts (1 = most co-occurrences)",
        "real_rank": "rank in US prevalence (1 = most prevalent)",
    ]

    static func meaning(_ name: String) -> String? { meanings[name] }
}

/// Every reason code of a paper-vs-correct difference, in a sentence (`R`, and the inspector).
enum ReasonGlossary {
    static let entries: [(code: String, sentence: String)] = [
        ("excluded model", "The paper leaves the model out (pile-t5-base/large), so the row exists in one mode only."),
        ("excluded disease", "The paper drops the disease (parkinson, vision problems, acute gastritis, aortic aneurysem)."),
        ("paper row set", "The paper's tables hold a different set of rows than the corrected computation."),
        ("API zeros averaged as values", "GPT-3.5 logits missing as 0 are averaged in the paper as if they were values."),
        ("API zeros", "GPT-3.5 zeros (missing logits) enter the paper's score as values."),
        ("tie rule", "Ties: the paper ranks tied values by alphabetical position, the correct mode uses average ranks."),
        ("NaN template mean → 0", "The paper turns a template mean over NaN logits into 0; correct mode leaves it out."),
        ("bottom copied from top", "The paper's bottom counts repeat its top counts."),
        ("NaN handling", "The paper keeps templates with NaN logits; correct mode drops them."),
        ("quartile artefact", "The paper's quartile comes from the window-50 counts, not the window shown."),
        ("name-list tau", "The paper's tau compares lists of names rather than ranks of values."),
        ("string-sorted prevalence", "The paper sorts prevalence as text, so '9' ranks above '10'."),
        ("paper's 89 diseases", "The paper counts over its 89 diseases, not every disease with data."),
        ("paper ordering/definitions of Section 1", "Section 1 tables follow the paper's ordering and definitions."),
        ("untrimmed-name sort", "The paper sorts disease names with their stray spaces."),
        ("missing prevalence as 0", "The paper counts a missing prevalence as 0."),
        ("paper procedure", "Any other difference of the paper's procedure from the corrected one."),
    ]

    static var lines: [String] { entries.map { $0.code + ": " + $0.sentence } }

    /// The sentences of the codes a reason text contains.
    static func sentences(for reason: String) -> [String] {
        entries.filter { reason.contains($0.code) }.map(\.sentence)
    }
}
