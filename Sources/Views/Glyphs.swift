/// Every glyph a widget draws with, per charset, so no widget spells a Unicode character in ASCII mode.
public struct Glyphs: Sendable, Hashable {
    public let horizontal: Character
    public let vertical: Character
    public let topLeft: Character
    public let topRight: Character
    public let bottomLeft: Character
    public let bottomRight: Character
    /// Axis tick on a horizontal axis, pointing up into the plot (`┬`).
    public let tickDown: Character
    /// Axis tick on a vertical axis (`┤`).
    public let tickLeft: Character
    public let ellipsis: Character
    /// Five shades from empty to full.
    public let shades: [Character]
    public let missing: Character
    public let sortAscending: Character
    public let sortDescending: Character
    public let arrowLeft: Character
    public let arrowRight: Character
    public let fill: Character
    /// Fills that tell series apart in bars (monochrome).
    public let seriesFills: [Character]
    /// Point markers that tell series apart in plots (monochrome).
    public let seriesMarkers: [Character]
    public let outlier: Character
    public let median: Character
    public let lineDot: Character
    /// Separates items of a one-line list (captions, inventories).
    public let listSeparator: String

    public init(_ charset: Charset) {
        switch charset {
        case .unicode:
            (horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight) = ("─", "│", "┌", "┐", "└", "┘")
            (tickDown, tickLeft, ellipsis) = ("┬", "┤", "…")
            shades = [" ", "░", "▒", "▓", "█"]
            (missing, sortAscending, sortDescending, arrowLeft, arrowRight, fill) = ("·", "▲", "▼", "◀", "▶", "█")
            seriesFills = ["█", "▓", "▒", "░", "▞", "▚"]
            seriesMarkers = ["●", "○", "◆", "◇", "■", "□", "▲", "△"]
            (outlier, median, lineDot, listSeparator) = ("∘", "┃", "·", " · ")
        case .ascii:
            (horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight) = ("-", "|", "+", "+", "+", "+")
            (tickDown, tickLeft, ellipsis) = ("+", "+", "~")
            shades = [" ", ".", ":", "*", "#"]
            (missing, sortAscending, sortDescending, arrowLeft, arrowRight, fill) = ("?", "^", "v", "<", ">", "#")
            seriesFills = ["#", "=", "*", "+", "%", "@"]
            // No letter, digit (digits count points sharing a cell) or axis character (`+ - |`).
            seriesMarkers = ["o", "*", "#", "@", "%", "&", "$", "="]
            (outlier, median, lineDot, listSeparator) = ("o", "#", ".", " | ")
        }
    }

    /// The marker of series `index`, cycling.
    public func marker(_ index: Int) -> Character { seriesMarkers[abs(index) % seriesMarkers.count] }

    /// The bar fill of series `index`, cycling.
    public func seriesFill(_ index: Int) -> Character { seriesFills[abs(index) % seriesFills.count] }
}
