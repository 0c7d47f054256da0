/// Buffer → plain text: one line per row, continuation cells skipped, trailing spaces trimmed, lines joined by
/// `\n` with a final newline. Deterministic: styles are ignored.
public enum PlainTextEncoder {
    public static func encode(_ buffer: Buffer) -> String {
        let lines = (0..<buffer.height).map { line(buffer, row: $0) }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// One row as text without trailing spaces.
    static func line(_ buffer: Buffer, row: Int) -> String {
        var text = ""
        for column in 0..<buffer.width {
            let cell = buffer[column, row]
            if !cell.isContinuation { text.append(cell.character) }
        }
        while text.last == " " { text.removeLast() }
        return text
    }
}
