import Views

/// Text and ANSI encodings of a buffer for exports. Small and self-contained until the Views encoders are wired in;
/// the ANSI form contains only SGR escapes made here (cell text is already sanitised by the panes).
public enum BufferEncoder {
    /// The buffer as plain text, trailing spaces trimmed, one line per row and a final newline.
    public static func text(_ buffer: Buffer) -> String {
        buffer.plainText() + "\n"
    }

    /// The buffer with SGR colour and attribute escapes, reset at each line end; trailing blank cells dropped.
    public static func ansi(_ buffer: Buffer) -> String {
        var output = ""
        for row in 0..<buffer.height {
            var current = Style.plain
            var line = ""
            let end = (0..<buffer.width).last { buffer[$0, row] != .blank }.map { $0 + 1 } ?? 0
            for column in 0..<end {
                let cell = buffer[column, row]
                if cell.isContinuation { continue }
                if cell.style != current {
                    line += sgr(cell.style)
                    current = cell.style
                }
                line.append(isSafe(cell.character) ? cell.character : "?")
            }
            output += line + (current == .plain ? "" : "\u{1B}[0m") + "\n"
        }
        return output
    }

    /// Full SGR sequence for a style, starting from a reset.
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if case .indexed(let index) = style.foreground { codes.append("38;5;\(index)") }
        if case .indexed(let index) = style.background { codes.append("48;5;\(index)") }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    static func isSafe(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }
    }
}
