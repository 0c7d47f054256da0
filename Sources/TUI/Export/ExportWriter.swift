import Analysis
import Foundation
import Views

/// What an export wrote.
public struct ExportResult: Sendable, Hashable {
    public let files: [URL]
}

/// Why an export failed; the text is shown in the status line.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

/// Writes the current pane into NEW files in a folder: `biasexplorer-<view>-<timestamp>[-n].{txt,ansi,csv}`.
/// Names come from the view's stable name and the time, never from data text. Each file is written to a temporary
/// name and then hard-linked to its final name, which fails rather than replace an existing file (or a symlink).
public struct ExportWriter: Sendable {
    public let directory: URL
    /// The stem's time part (`20261129-093000`); a parameter so tests are deterministic.
    public let timestamp: @Sendable () -> String
    /// The explorer's queries, so that exporting the pane on screen reads its kept analysis.
    public let queries: Queries

    public init(directory: URL, timestamp: @escaping @Sendable () -> String = ExportWriter.currentTimestamp,
                queries: Queries = .uncached) {
        self.directory = directory
        self.timestamp = timestamp
        self.queries = queries
    }

    /// Renders `pane` at `size` in the explorer's charset (no cursor) and writes its text and ANSI forms, and as CSV
    /// the typed data behind the view (`Panes.dataTable`, the bytes of `render VIEW --format csv`), never screen text.
    public func export(_ pane: PaneState, dataset: Dataset, size: TerminalSize,
                       options: RenderOptions = RenderOptions()) throws(ExportError) -> ExportResult {
        var buffer = Buffer(width: max(size.width, 40), height: max(size.height, 10))
        var drawn = options
        drawn.showsCursor = false
        drawn.computesRowsOnScreenOnly = false  // what is written holds every row
        _ = Panes.render(pane, dataset: dataset, into: &buffer, area: buffer.area, options: drawn, queries: queries)
        let contents: [(String, String)] = [
            ("txt", buffer.encoded(as: .text)),
            ("ansi", buffer.encoded(as: .ansi)),
            ("csv", CSVEncoder.text(Panes.dataTable(pane, dataset: dataset, queries: queries))),
        ]
        return try write(contents, stem: "biasexplorer-\(pane.view.rawValue)-\(timestamp())")
    }

    /// The export dialog's write: the sheet as seen (visible columns, filters, sort) in one format, under `name`
    /// (relative names are in `directory`), after a provenance line with the equivalent `render` command. Never
    /// replaces a file: an existing name is an error that says so.
    public func exportFile(_ pane: PaneState, dataset: Dataset, size: TerminalSize, name: String,
                           format: ExportFormat, options: RenderOptions = RenderOptions()) throws(ExportError) -> URL {
        var buffer = Buffer(width: max(size.width, 40), height: max(size.height, 10))
        var drawn = options
        drawn.showsCursor = false
        drawn.computesRowsOnScreenOnly = false  // what is written holds every row
        drawn.color = format == .ansi
        let summary = Panes.render(pane, dataset: dataset, into: &buffer, area: buffer.area, options: drawn,
                                   queries: queries)
        if drawn.charset == .ascii { buffer.foldToASCII() }
        let text = ExportContents.text(pane, buffer: buffer, summary: summary, dataset: dataset, format: format)
        let target = name.hasPrefix("/") ? URL(fileURLWithPath: name) : directory.appendingPathComponent(name)
        let folder = ExportWriter(directory: target.deletingLastPathComponent(), timestamp: timestamp)
        guard try folder.place(Array(text.utf8), at: target) else {
            throw ExportError(description: "not overwritten: \(target.lastPathComponent) exists (x, edit the name)")
        }
        return target
    }

    /// Writes every `(extension, text)` under the first free `stem[-n]`; all or nothing.
    func write(_ contents: [(String, String)], stem: String) throws(ExportError) -> ExportResult {
        for attempt in 0..<1000 {
            let name = attempt == 0 ? stem : "\(stem)-\(attempt)"
            var written: [URL] = []
            var collided = false
            for (fileExtension, text) in contents {
                let target = directory.appendingPathComponent("\(name).\(fileExtension)")
                switch try place(Array(text.utf8), at: target) {
                case true: written.append(target)
                case false: collided = true
                }
                if collided { break }
            }
            if !collided { return ExportResult(files: written) }
            for url in written { unlink(url.path) }
        }
        throw ExportError(description: "export: no free file name for \(stem) in \(directory.path)")
    }

    /// Writes bytes to a temporary file and links it to `target`; false when `target` already exists.
    func place(_ bytes: [UInt8], at target: URL) throws(ExportError) -> Bool {
        let temporary = directory.appendingPathComponent(".biasexplorer-export-\(getpid())-\(UUID().uuidString)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else { throw failure("cannot write in \(directory.path)") }
        defer { unlink(temporary.path) }
        let count = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
        let closed = close(descriptor)
        guard count == bytes.count, closed == 0 else { throw failure("cannot write \(temporary.path)") }
        if link(temporary.path, target.path) == 0 { return true }
        if errno == EEXIST { return false }
        throw failure("cannot create \(target.path)")
    }

    func failure(_ text: String) -> ExportError {
        ExportError(description: "export failed: \(text): \(String(cString: strerror(errno)))")
    }

    /// Local time as `yyyyMMdd-HHmmss`.
    public static func currentTimestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return formatter.string(from: Date())
    }
}
