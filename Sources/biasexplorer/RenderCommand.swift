import Analysis
import ArgumentParser
import Foundation
import TUI
import Views

/// `biasexplorer render VIEW`: one pane, printed to stdout exactly as the explorer draws it, without curses.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one view as text, ANSI, Markdown or CSV (the data behind the figure).")

    @Argument(help: "View: \(ViewNames.all).") var view: String
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var screen: ScreenOptions
    @Option(help: "Show only the first N rows.") var top: Int?
    @Option(help: "Sort by this column (its snake_case name, e.g. tau_counts; the error lists a view's names); prefix with + for ascending.")
    var sort: String?
    @Option(help: "Width in columns.") var width = 100
    @Option(help: "Height in rows.") var height = 40
    @Option(help: "text, ansi, markdown or csv.") var format = "text"
    @Option(help: "auto (from LC_ALL, LC_CTYPE or LANG: UTF-8 → unicode, else ascii), unicode or ascii.")
    var charset = "auto"
    @Option(help: "auto, always or never (NO_COLOR is honoured in auto).") var color = "auto"

    func validate() throws {
        guard width >= 0, height >= 0, width <= 2000, height <= 2000 else {
            throw ValidationError("--width and --height must be between 0 and 2000")
        }
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        let minimum = Panes.minimumSize
        if format != RenderFormat.csv.rawValue, width < minimum.width || height < minimum.height {
            throw ValidationError("--width \(width) --height \(height) is smaller than the \(minimum.width)×"
                                  + "\(minimum.height) a view needs to draw (use --format csv for the data alone)")
        }
    }

    func run() throws {
        guard let outputFormat = RenderFormat(rawValue: format) else {
            throw ValidationError("--format '\(sanitizedForTerminal(format))': use text, ansi, markdown or csv")
        }
        let charsetChoice = try RenderCommand.charset(charset, environment: ProcessInfo.processInfo.environment).charset
        guard let colorMode = ColorMode(rawValue: color) else {
            throw ValidationError("--color '\(sanitizedForTerminal(color))': use auto, always or never")
        }
        var pane = try screen.paneState(view: view)
        pane.filters.top = top
        if let sort, !sort.isEmpty {
            let ascending = sort.hasPrefix("+")
            pane.filters.sort = SortOrder(column: ascending ? String(sort.dropFirst()) : sort, descending: !ascending)
        }
        let dataset = try dataOptions.load()
        if let message = ModelSuggestions.message(pane.filters, dataset: dataset) {
            throw ValidationError("--model: " + message)
        }
        try checkSort(pane, dataset: dataset)
        if outputFormat == .csv {
            print(Panes.dataTable(pane, dataset: dataset).encoded(), terminator: "")
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let colored = outputFormat == .ansi
            && colorMode.isEnabled(environment: environment, isTerminal: isatty(STDOUT_FILENO) == 1 || colorMode == .always)
        let options = RenderOptions(charset: charsetChoice, color: colored, showsCursor: false)
        var buffer = Buffer(width: width, height: height)
        _ = Panes.render(pane, dataset: dataset, into: &buffer, area: buffer.area, options: options)
        print(encode(buffer, as: outputFormat), terminator: "")
    }

    /// A `--sort` column the view does not have is a usage error that lists the view's columns.
    func checkSort(_ pane: PaneState, dataset: Dataset) throws {
        guard let column = pane.filters.sort?.column else { return }
        var probe = Buffer(width: max(width, Panes.minimumSize.width), height: max(height, Panes.minimumSize.height))
        let names = Panes.render(pane, dataset: dataset, into: &probe, area: probe.area).columnNames
        guard !names.contains(column) else { return }
        let listed = names.isEmpty ? "this view has no sortable columns" : "columns: " + names.joined(separator: ", ")
        throw ValidationError("--sort '\(sanitizedForTerminal(column))' is not a column of \(view); \(listed)")
    }

    /// `--charset auto|unicode|ascii`: auto follows the locale; `note` says when auto fell back to ASCII.
    static func charset(_ text: String, environment: [String: String]) throws -> (charset: Charset, note: String?) {
        if text == "auto" {
            let chosen = Charset.forLocale(environment)
            let note = chosen == .ascii
                ? "ASCII charset: the locale (\(Charset.localeDescription(environment))) is not UTF-8; --charset unicode overrides"
                : nil
            return (chosen, note)
        }
        guard let chosen = Charset(rawValue: text) else {
            throw ValidationError("--charset '\(sanitizedForTerminal(text))': use auto, unicode or ascii")
        }
        return (chosen, nil)
    }

    func encode(_ buffer: Buffer, as format: RenderFormat) -> String {
        switch format {
        case .text, .csv: return buffer.encoded(as: .text)
        case .ansi: return buffer.encoded(as: .ansi)
        case .markdown: return buffer.encoded(as: .markdown)
        }
    }
}

/// `--format` values of `render`.
enum RenderFormat: String {
    case text, ansi, markdown, csv
}
