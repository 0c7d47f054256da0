import Analysis
import Views

/// What the export dialog writes for each format, every one starting with its provenance (the equivalent command).
enum ExportContents {
    static func text(_ pane: PaneState, buffer: Buffer, summary: PaneSummary, dataset: Dataset,
                     format: ExportFormat) -> String {
        let formatName: String
        switch format {
        case .txt: formatName = "screen"
        case .ansi: formatName = "ansi"
        case .md: formatName = "markdown"
        case .csv: formatName = "sheet"
        case .json: formatName = "json"
        }
        let provenance = EquivalentCommand.text(pane, format: formatName, dataset: dataset)
        switch format {
        case .txt: return "# " + provenance + "\n" + buffer.encoded(as: .text)
        case .ansi: return "# " + provenance + "\n" + buffer.encoded(as: .ansi)
        case .md:
            let table = summary.sheet.map { $0.markdown() } ?? buffer.encoded(as: .markdown)
            return "<!-- " + provenance + " -->\n\n" + table
        case .csv:
            let table = summary.sheet.map { $0.csvTable(name: "\(pane.view.rawValue).csv") }
                ?? Panes.dataTable(pane, dataset: dataset)
            return "# " + provenance + "\n" + CSVEncoder.text(table)
        case .json:
            return SheetJSON.encode(summary.sheet, provenance: provenance)
        }
    }
}
