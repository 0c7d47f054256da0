/// A grid of cells that panes render into; the terminal, `render` and the golden tests all read it.
/// Writes outside the grid are clipped, never trapped.
public struct Buffer: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Writes outside this rectangle are ignored; widgets narrow it to their area while drawing (`clipping`).
    public private(set) var clip: Rect

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
        self.clip = Rect(x: 0, y: 0, width: self.width, height: self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (x, y), or a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one cell; ignored outside the grid. The character is made safe (a control or invisible format
    /// character becomes `?`; draw text with `put` to get readable escapes), a wide character takes the next cell
    /// too (or becomes a space in the last column), and a wide character it partly covers is blanked.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= clip.x, y >= clip.y, x < clip.maxX, y < clip.maxY, !cell.isContinuation else { return }
        var safe = cell
        var wide = false
        // Printable ASCII (most cells) is safe and one column wide; anything else is checked.
        let printableASCII = safe.character.asciiValue.map(SafeText.isPrintableASCII) ?? false
        if !printableASCII {
            if SafeText.isUnsafe(safe.character) || DisplayWidth.of(safe.character) == 0 { safe.character = "?" }
            wide = DisplayWidth.of(safe.character) == 2
        }
        if wide && x + 1 >= clip.maxX { safe.character = " " }
        clearWideOverlap(x: x, y: y)
        cells[y * width + x] = safe
        if wide && x + 1 < clip.maxX {
            clearWideOverlap(x: x + 1, y: y)
            cells[y * width + x + 1] = Cell(" ", style: safe.style, isContinuation: true)
        }
    }

    /// Before (x, y) is overwritten: blanks the other half of a wide character that covers it.
    private mutating func clearWideOverlap(x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index].isContinuation = false
    }

    /// Writes text from (x, y) without passing `limit` (exclusive x, default the grid's width); the text is
    /// sanitised first (`SafeText`), so data can never place a control character in a cell. Wide characters take
    /// two cells and are not started when only one column is left. Returns the x after the last column written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard y >= 0, y < height else { return x }
        var column = x
        for character in SafeText.sanitized(text) {
            let columns = DisplayWidth.of(character)
            if columns == 0 { continue }
            if column + columns > end { break }
            if column >= 0 { set(x: column, y: y, Cell(character, style: style)) }
            column += columns
        }
        return column
    }

    /// Runs `draw` with writes restricted to `rect` (within the current clip), then restores the clip.
    public mutating func clipping(to rect: Rect, _ draw: (inout Buffer) -> Void) {
        let saved = clip
        clip = rect.intersection(saved)
        draw(&self)
        clip = saved
    }

    /// Fills a rectangle (clipped) with one cell, through `set` (so half-covered wide characters are blanked).
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { set(x: column, y: row, cell) }
        }
    }

    /// Applies a style change to every cell of a rectangle (clipped).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let clipped = rect.intersection(clip)
        guard !clipped.isEmpty else { return }
        for row in clipped.y..<clipped.maxY {
            for column in clipped.x..<clipped.maxX { change(&cells[row * width + column].style) }
        }
    }

    /// The grid as plain text: one line per row, continuation cells skipped, trailing spaces trimmed.
    public func plainText() -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for row in 0..<height {
            var line = ""
            for column in 0..<width {
                let cell = cells[row * width + column]
                if !cell.isContinuation { line.append(cell.character) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
