import Analysis

/// The `problems` pane: an inventory line (files read, models, diseases, problems by severity) and a table of
/// every data problem (severity, path, place, reason), most severe first, then by path; the caption last.
struct ProblemsPane {
    let state: PaneState
    let dataset: Dataset

    static let columns = [TableColumn("severity"), TableColumn("path", maxWidth: 48), TableColumn("place", maxWidth: 24),
                          TableColumn("reason", maxWidth: 120)]

    /// Problems ordered by severity (error first), then path, then place; stable otherwise.
    var orderedProblems: [DataProblem] {
        dataset.problems.enumerated().sorted { left, right in
            let (a, b) = (left.element, right.element)
            if a.severity != b.severity { return a.severity > b.severity }
            if a.path != b.path { return a.path < b.path }
            if (a.place ?? "") != (b.place ?? "") { return (a.place ?? "") < (b.place ?? "") }
            return left.offset < right.offset
        }.map(\.element)
    }

    func inventory(_ separator: String) -> String {
        let problems = dataset.problems
        let bySeverity = ProblemSeverity.allCases.reversed().map { severity in
            "\(problems.filter { $0.severity == severity }.count) \(severity.rawValue)s"
        }
        return ["files read: \(dataset.filesRead.count)", "models: \(dataset.models.count)",
                "diseases: \(dataset.diseases.count)",
                "problems: \(problems.count) (\(bySeverity.joined(separator: ", ")))"].joined(separator: separator)
    }

    var paneTable: PaneTable {
        let rows = orderedProblems.map { problem in
            PaneRow(cells: [problem.severity.rawValue, problem.path, problem.place ?? "-", problem.reason],
                    label: problem.path)
        }
        return PaneTable(columns: ProblemsPane.columns, rows: rows)
    }

    func render(into buffer: inout Buffer, area: Rect, options: RenderOptions) -> PaneSummary {
        let caption = Caption.countsText(filters: state.filters, dataset: dataset, options: options)
        let parts = area.rows([.fixed(1), .min(0), .fixed(area.height >= 3 ? 1 : 0)])
        buffer.put(inventory(options.glyphs.listSeparator), x: parts[0].x, y: parts[0].y, width: parts[0].width, style: Style(bold: true),
                   options: options)
        buffer.put(caption, x: parts[2].x, y: parts[2].y, width: parts[2].width, style: Style(dim: true),
                   options: options)
        guard !dataset.problems.isEmpty else {
            buffer.put("No data problems.", x: parts[1].x, y: parts[1].y, width: parts[1].width, options: options)
            return PaneSummary(shownRows: 0, totalRows: 0, columns: ProblemsPane.columns.map(\.title), caption: caption)
        }
        return paneTable.render(state: state, into: &buffer, area: parts[1], options: options, caption: caption)
    }
}
