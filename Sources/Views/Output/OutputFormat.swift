/// The screen encodings of `render --format` (csv, the data behind a figure, is written by the panes' tables).
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    case text, ansi, markdown
}

extension Buffer {
    /// The buffer encoded in a format; Markdown wraps the text screen in a fenced block.
    public func encoded(as format: OutputFormat) -> String {
        switch format {
        case .text: return PlainTextEncoder.encode(self)
        case .ansi: return ANSIEncoder.encode(self)
        case .markdown: return MarkdownEncoder.fencedBlock(self)
        }
    }
}
