import Analysis
import ArgumentParser
import Data
import Foundation
import TUI
import Views

/// `biasexplorer render VIEW`: one pane, printed to stdout exactly as the explorer draws it, without curses.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print one view's screen (plain or ANSI) or its data (CSV, Markdown, text; the sheet as shown).")

    @Argument(help: "View: \(ViewNames.all).") var view: String
    @OptionGroup var dataOptions: DataOptions
    @OptionGroup var screen: ScreenOptions
    @Option(help: "Show only the first N rows.") var top: Int?
    @Option(help: "Sort by this column (its snake_case name, e.g. tau_counts; the error lists a view's names); prefix with + for ascending.")
    var sort: String?
    @Option(help: "Width in columns.") var width = 100
    @Option(help: "Height in rows.") var height = 40
    @Option(help: "screen (the view as drawn, plain text), ansi (the same with colour), csv, markdown or text (the data behind the figure: the view's typed data table), sheet (CSV of the table as shown: columns, filters, sort) or json (the same as JSON).")
    var format = "screen"
    @Option(help: "auto (from LC_ALL, LC_CTYPE or LANG: UTF-8 → unicode, else ascii), unicode or ascii.")
    var charset = "auto"
    @Option(help: "auto, always or never (NO_COLOR is honoured in auto).") var color = "auto"

    func validate() throws {
        guard width >= 0, height >= 0, width <= 2000, height <= 2000 else {
            throw ValidationError("--width and --height must be between 0 and 2000")
        }
        if let top, top < 0 { throw ValidationError("--top must not be negative") }
        let minimum = Panes.minimumSize
        if RenderFormat(rawValue: format)?.isScreen ?? true, width < minimum.width || height < minimum.height {
            throw ValidationError("--width \(width) --height \(height) is smaller than the \(minimum.width)×"
                                  + "\(minimum.height) a view needs to draw (use --format csv, markdown or text for the data alone)")
        }
    }

    func run() throws {
        guard let outputFormat = RenderFormat(rawValue: format) else {
            throw ValidationError("--format '\(sanitizedForTerminal(format))': use screen, ansi, csv, markdown, text, sheet or json")
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
        // One cache for the probes and the drawing below, so the view's analysis is computed once.
        let queries = Queries(cache: BoundedQueryCache(), parallel: .concurrent)
        if let detail = screen.detail {
            guard let target = DrillTarget(argument: detail, dataset: dataset) else {
                throw ValidationError("--detail '\(sanitizedForTerminal(detail))': use disease:NAME, model:ID, "
                                      + "pair:BASE>ALIGNED, table:FILE or ranks:ID")
            }
            pane.drill = target
        }
        if let message = ModelSuggestions.message(pane.filters, dataset: dataset) {
            throw ValidationError("--model: " + message)
        }
        try checkSort(pane, dataset: dataset, queries: queries)
        try checkSheetOptions(pane, dataset: dataset, queries: queries)
        if outputFormat == .sheet || outputFormat == .json {
            var probe = Buffer(width: max(width, Panes.minimumSize.width), height: max(height, Panes.minimumSize.height))
            let summary = Panes.render(pane, dataset: dataset, into: &probe, area: probe.area,
                                       options: RenderOptions(charset: charsetChoice, color: false, showsCursor: false),
                                       queries: queries)
            let provenance = EquivalentCommand.text(pane, format: outputFormat.rawValue, dataset: dataset)
            if outputFormat == .json {
                print(SheetJSON.encode(summary.sheet, provenance: provenance), terminator: "")
            } else {
                let table = summary.sheet.map { $0.csvTable(name: "\(view).csv") } ?? Panes.dataTable(pane, dataset: dataset, queries: queries)
                print("# " + provenance + "\n" + CSVEncoder.text(table), terminator: "")
            }
            return
        }
        if let data = outputFormat.dataEncoding {
            print(data(Panes.dataTable(pane, dataset: dataset, queries: queries)), terminator: "")
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let colored = outputFormat == .ansi
            && colorMode.isEnabled(environment: environment, isTerminal: isatty(STDOUT_FILENO) == 1 || colorMode == .always)
        let options = RenderOptions(charset: charsetChoice, color: colored, showsCursor: false)
        var buffer = Buffer(width: width, height: height)
        _ = Panes.render(pane, dataset: dataset, into: &buffer, area: buffer.area, options: options, queries: queries)
        print(encode(buffer, as: outputFormat), terminator: "")
    }

    /// A `--sort` column the view does not have is a usage error that lists the view's columns.
    func checkSort(_ pane: PaneState, dataset: Dataset, queries: Queries) throws {
        guard let column = pane.filters.sort?.column else { return }
        var probe = Buffer(width: max(width, Panes.minimumSize.width), height: max(height, Panes.minimumSize.height))
        let names = Panes.render(pane, dataset: dataset, into: &probe, area: probe.area, options: RenderOptions(),
                                 queries: queries).columnNames
        guard !names.contains(column) else { return }
        let listed = names.isEmpty ? "this view has no sortable columns" : "columns: " + names.joined(separator: ", ")
        throw ValidationError("--sort '\(sanitizedForTerminal(column))' is not a column of \(view); \(listed)")
    }

    /// A `--where` that does not parse, or `--columns`/`--hide-columns` naming no column of the view, is a usage
    /// error that lists the view's columns.
    func checkSheetOptions(_ pane: PaneState, dataset: Dataset, queries: Queries) throws {
        var probe = Buffer(width: max(width, Panes.minimumSize.width), height: max(height, Panes.minimumSize.height))
        var plain = pane
        plain.filters.rowFilter = nil
        plain.filters.shownColumns = nil
        plain.filters.hiddenColumns = []
        let names = Panes.render(plain, dataset: dataset, into: &probe, area: probe.area, options: RenderOptions(),
                                 queries: queries).columnNames
        let listed = names.isEmpty ? "this view has no columns" : "columns: " + names.joined(separator: ", ")
        for name in (pane.filters.shownColumns ?? []) + pane.filters.hiddenColumns where !names.contains(name) {
            throw ValidationError("--columns/--hide-columns '\(sanitizedForTerminal(name))' is not a column of \(view); \(listed)")
        }
        if let problem = Panes.render(pane, dataset: dataset, into: &probe, area: probe.area, options: RenderOptions(),
                                      queries: queries).filterProblem {
            throw ValidationError("--where: " + problem)
        }
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
        buffer.encoded(as: format == .ansi ? .ansi : .text)
    }
}

/// `--format` values of `render`. `screen` and `ansi` print the view as drawn (the screenshot-ready figure);
/// `csv`, `markdown` and `text` encode the view's typed data table (`Panes.dataTable`: the same values in every
/// one, never screen text); `sheet` and `json` the table as shown (columns, filters, sort).
enum RenderFormat: String {
    case screen, ansi, csv, markdown, text, sheet, json

    /// Whether the format prints the drawn screen (and so needs the minimum size).
    var isScreen: Bool { self == .screen || self == .ansi }

    /// The encoding of the view's data table, for the data formats.
    var dataEncoding: ((TypedTable) -> String)? {
        switch self {
        case .csv: return CSVEncoder.text
        case .markdown: return DataTableEncoder.markdown
        case .text: return DataTableEncoder.plainText
        case .screen, .ansi, .sheet, .json: return nil
        }
    }
}

/// `biasexplorer keys`: the explorer's key table, generated from the bindings (the README quotes `--markdown`).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys",
                                                    abstract: "Print the explorer's key bindings.")

    @Flag(help: "As the README's Markdown table.") var markdown = false

    func run() {
        if markdown {
            print(KeyTable.standard.markdown(), terminator: "")
        } else {
            print(KeyTable.standard.helpLines().joined(separator: "\n"))
        }
    }
}
