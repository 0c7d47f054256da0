/// Buffer → text with ANSI styling. The only escapes ever written are SGR sequences built here (`ESC [ … m`:
/// 0 reset, 1 bold, 2 dim, 4 underline, 7 reverse, `38;5;n` / `48;5;n` 256-colour); cell characters are
/// safe by construction (`Buffer.set`). Each styled line ends with a reset; trailing unstyled spaces are trimmed.
public enum ANSIEncoder {
    static let escape = "\u{1B}["

    public static func encode(_ buffer: Buffer) -> String {
        let lines = (0..<buffer.height).map { line(buffer, row: $0) }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    static func line(_ buffer: Buffer, row: Int) -> String {
        var last = buffer.width
        while last > 0, isInvisible(buffer[last - 1, row]) { last -= 1 }
        var text = ""
        var current = Style.plain
        for column in 0..<last {
            let cell = buffer[column, row]
            if cell.isContinuation { continue }
            if cell.style != current {
                text += sgr(cell.style)
                current = cell.style
            }
            text.append(cell.character)
        }
        if current != .plain { text += escape + "0m" }
        return text
    }

    /// The SGR sequence that sets exactly `style` (starting from a reset).
    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if case .indexed(let index) = style.foreground { codes.append("38;5;\(index)") }
        if case .indexed(let index) = style.background { codes.append("48;5;\(index)") }
        return escape + codes.joined(separator: ";") + "m"
    }

    /// A blank cell whose style shows nothing (so it can be trimmed at the end of a line).
    static func isInvisible(_ cell: Cell) -> Bool {
        guard cell.character == " ", !cell.isContinuation else { return false }
        return !cell.style.reverse && !cell.style.underline && cell.style.background == .default
    }
}
