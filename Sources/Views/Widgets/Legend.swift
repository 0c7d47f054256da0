/// A figure's legend: entries laid out left to right and wrapped onto as many lines as the width needs. Entries are
/// never cut or split; only an entry wider than the whole width is shortened, with the charset's ellipsis.
public struct Legend: Sendable, Hashable {
    public var entries: [String]
    public var separator: String

    public init(_ entries: [String], separator: String = "  ") {
        self.entries = entries.filter { !$0.isEmpty }
        self.separator = separator
    }

    /// The lines for a width: greedy, an entry goes on the current line when it fits with its separator.
    public func lines(width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for entry in entries.map(SafeText.sanitized) {
            let candidate = current.isEmpty ? entry : current + separator + entry
            if DisplayWidth.of(candidate) <= width || current.isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = entry
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// How many lines the legend takes at a width.
    public func height(width: Int) -> Int { lines(width: width).count }

    /// Draws the lines from (x, y) down, at most `maxLines`; returns how many were drawn.
    @discardableResult
    public func draw(into buffer: inout Buffer, x: Int, y: Int, width: Int, maxLines: Int = .max,
                     options: RenderOptions) -> Int {
        let lines = self.lines(width: width).prefix(max(0, maxLines))
        for (offset, line) in lines.enumerated() {
            buffer.put(line, x: x, y: y + offset, width: width, options: options)
        }
        return lines.count
    }
}

/// What a figure says instead of drawing when its area is below its minimum size (nothing is cut instead).
enum FigureTooSmall {
    static func draw(_ name: String, need: (width: Int, height: Int), area: Rect, into buffer: inout Buffer,
                     options: RenderOptions) {
        let text = "\(name) needs \(need.width)×\(need.height), has \(area.width)×\(area.height): enlarge or export"
        let ascii = options.charset == .ascii ? text.replacing("×", with: "x") : text
        let lines = Legend(ascii.split(separator: " ").map(String.init), separator: " ").lines(width: area.width)
        for (offset, line) in lines.prefix(area.height).enumerated() {
            buffer.put(line, x: area.x, y: area.y + offset, width: area.width, style: Style(dim: true),
                       options: options)
        }
    }
}
