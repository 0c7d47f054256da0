/// How a heatmap's shades are scaled.
public enum HeatmapShade: String, CaseIterable, Sendable, Hashable {
    /// One scale per column block over all rows (round edges; log where the widget says so).
    case global
    /// Each row's share of its block's total, in fixed round bins (0–10–20–40–60–100 %): within-row contrasts.
    case row
}

/// Rows × columns of doubles as shaded cells (` ░▒▓█` or ` .:*#`), NaN as `·` (`?` in ASCII, since `.` is a
/// shade there), optional values in cells and an optional colour ramp. Columns fall in blocks (gender and race) with
/// a scale each; `shade` picks global or row-share scaling, and the largest cell of each row's block is marked
/// (`◆`, ASCII `@`). Layout: header line of column labels, one line per row (label, then cells), then the legend,
/// wrapped over as many lines as it needs (every shade with its round edges per block, the marks, the log note).
public struct Heatmap: Widget {
    public var rowLabels: [String]
    public var columnLabels: [String]
    /// `values[row][column]`; missing entries count as NaN.
    public var values: [[Double]]
    public var scale: ScaleKind
    /// Digits after the point when values are shown in cells; nil = shades only.
    public var valueDecimals: Int?
    /// Columns per cell; nil = 2 for shades, wide enough for the values otherwise.
    public var cellWidth: Int?
    /// First data row shown.
    public var scrollRow: Int
    /// Column blocks with a scale each, named in the legend; empty = one block of every column.
    public var blocks: [(name: String, columns: Range<Int>)]
    public var shade: HeatmapShade
    /// Mark the largest cell of each row's block.
    public var marksRowMaximum: Bool

    public init(rowLabels: [String], columnLabels: [String], values: [[Double]], scale: ScaleKind = .linear,
                valueDecimals: Int? = nil, cellWidth: Int? = nil, scrollRow: Int = 0,
                blocks: [(name: String, columns: Range<Int>)] = [], shade: HeatmapShade = .global,
                marksRowMaximum: Bool = false) {
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.scale = scale
        self.valueDecimals = valueDecimals
        self.cellWidth = cellWidth
        self.scrollRow = scrollRow
        self.blocks = blocks
        self.shade = shade
        self.marksRowMaximum = marksRowMaximum
    }

    /// The blocks in use (one of every column when none are given).
    var resolvedBlocks: [(name: String, columns: Range<Int>)] {
        blocks.isEmpty ? [("", 0..<columnLabels.count)] : blocks
    }

    /// The fixed bins of row shading: a cell's share (%) of its row's block total.
    public static let rowShareEdges: [Double] = [0, 10, 20, 40, 60, 100]

    /// The global scale of a block: round edges over its values.
    public func shadeScale(block: Range<Int>) -> ShadeScale {
        ShadeScale.rounded(values: values.flatMap { row in block.map { $0 < row.count ? row[$0] : .nan } },
                           kind: scale)
    }

    /// The scale over every value (one block), with round edges.
    public var shadeScale: ShadeScale { shadeScale(block: 0..<columnLabels.count) }

    func value(_ row: Int, _ column: Int) -> Double {
        row < values.count && column < values[row].count ? values[row][column] : .nan
    }

    /// What a cell is shaded by: the value (global) or its share of the row's block total in % (row).
    func shadedValue(_ row: Int, _ column: Int, block: Range<Int>) -> Double {
        let value = self.value(row, column)
        guard shade == .row else { return value }
        let total = block.map { self.value(row, $0) }.filter(\.isFinite).reduce(0, +)
        return total > 0 && value.isFinite ? 100 * value / total : .nan
    }

    /// Whether a cell holds its row block's largest value (every tied column is marked; a block with fewer than
    /// two values has none).
    func isRowMaximum(_ row: Int, _ column: Int, block: Range<Int>) -> Bool {
        let finite = block.map { value(row, $0) }.filter(\.isFinite)
        guard let top = finite.max(), finite.count > 1 else { return false }
        return value(row, column) == top
    }

    var resolvedCellWidth: Int {
        if let cellWidth { return max(1, cellWidth) }
        guard let decimals = valueDecimals else { return 2 }
        let widest = values.flatMap { $0 }.map { NumberText.fixed($0, decimals: decimals).count }.max() ?? 1
        return widest + 1
    }

    /// 256-colour backgrounds for the five bins (dark blue to yellow), used only when colour is on.
    static let colorRamp: [UInt8] = [17, 25, 31, 143, 226]

    /// Each block's scale for the current shade mode.
    var scales: [ShadeScale] {
        resolvedBlocks.map { block in
            shade == .row ? ShadeScale(edges: Heatmap.rowShareEdges, kind: .linear) : shadeScale(block: block.columns)
        }
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let scales = self.scales
        let legend = self.legend(scales, width: area.width, options: options)
        let legendHeight = area.height >= 3 ? min(legend.height(width: area.width), area.height - 2) : 0
        let body = area.inset(bottom: legendHeight)
        let labelWidth = min(rowLabels.map { DisplayWidth.of(SafeText.sanitized($0)) }.max() ?? 0, body.width / 3)
        let cell = resolvedCellWidth
        let gridX = body.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        for (index, label) in columnLabels.enumerated() {
            let x = gridX + index * (cell + 1)
            buffer.put(label, x: x, y: body.y, width: min(cell, body.maxX - x), options: options)
        }
        let first = min(max(0, scrollRow), max(0, rowLabels.count - 1))
        let blocks = resolvedBlocks
        for line in 0..<max(0, body.height - 1) where first + line < rowLabels.count {
            let row = first + line, y = body.y + 1 + line
            buffer.put(rowLabels[row], x: body.x, y: y, width: labelWidth, options: options)
            for (blockIndex, block) in blocks.enumerated() {
                for column in block.columns where column < columnLabels.count {
                    let x = gridX + column * (cell + 1)
                    drawCell(row, column, block: block.columns, scale: scales[blockIndex], into: &buffer,
                             at: Rect(x: x, y: y, width: min(cell, body.maxX - x), height: 1), options: options)
                }
            }
        }
        if legendHeight > 0 {
            legend.draw(into: &buffer, x: area.x, y: body.maxY, width: area.width, maxLines: legendHeight,
                        options: options)
        }
    }

    func drawCell(_ row: Int, _ column: Int, block: Range<Int>, scale: ShadeScale, into buffer: inout Buffer,
                  at rect: Rect, options: RenderOptions) {
        guard rect.width > 0 else { return }
        let glyphs = options.glyphs
        let value = self.value(row, column)
        let bin = scale.bin(shadedValue(row, column, block: block))
        var style = Style.plain
        if options.color, let bin { style.background = .indexed(Heatmap.colorRamp[bin]) }
        let shadeGlyph = bin.map { glyphs.shades[min($0, glyphs.shades.count - 1)] } ?? glyphs.missing
        buffer.horizontalLine(shadeGlyph, x: rect.x, y: rect.y, count: rect.width, style: style)
        if let decimals = valueDecimals, rect.width >= 2 {
            let text = value.isNaN ? String(glyphs.missing) : NumberText.fixed(value, decimals: decimals)
            buffer.put(text, x: rect.x + 1, y: rect.y, width: rect.width - 1, alignment: .right, style: style,
                       options: options)
        }
        if marksRowMaximum, isRowMaximum(row, column, block: block) {
            buffer.set(x: rect.x, y: rect.y, Cell(Heatmap.maximumMark(options), style: Style(bold: true)))
        }
    }

    static func maximumMark(_ options: RenderOptions) -> Character { options.charset == .unicode ? "◆" : "@" }

    /// The legend: NaN glyph, each block's bins (`[shade] low–high` with round edges, or the row-share bins in %)
    /// with the log note, and the row-maximum mark. A block's bins stay on one line when the width allows.
    public func legend(_ scales: [ShadeScale], width: Int, options: RenderOptions) -> Legend {
        let glyphs = options.glyphs
        var entries = ["\(glyphs.missing)=NaN"]
        for (index, block) in resolvedBlocks.enumerated() where index < scales.count {
            if shade == .row && index > 0 { continue }
            let name = shade == .row ? "share of the row's block, %:" : (block.name.isEmpty ? "" : block.name + ":")
            let parts = (name.isEmpty ? [] : [name]) + HeatmapLegend(scale: scales[index]).binTexts(options: options)
            let joined = parts.joined(separator: " ")
            entries += DisplayWidth.of(joined) <= width ? [joined] : parts
        }
        if marksRowMaximum { entries.append("\(Heatmap.maximumMark(options)) = largest in its row's block") }
        return Legend(entries)
    }

    /// The legend for one scale (widget tests and single-block callers).
    public func legend(_ scale: ShadeScale) -> HeatmapLegend { HeatmapLegend(scale: scale) }
}

/// One line: `·=NaN [ ]0–2 [░]2–4 …`, edges printed compactly.
public struct HeatmapLegend: Widget {
    public var scale: ShadeScale

    public init(scale: ShadeScale) { self.scale = scale }

    /// The legend text in a charset.
    public func text(options: RenderOptions) -> String {
        (["\(options.glyphs.missing)=NaN"] + binTexts(options: options)).joined(separator: " ")
    }

    /// `[shade]low–high` per bin, then `(log)` on a log scale.
    func binTexts(options: RenderOptions) -> [String] {
        let glyphs = options.glyphs
        let edges = scale.edges.map(NumberText.compact)
        let dash = options.charset == .unicode ? "–" : "-"
        let bins = (0..<scale.binCount).map { bin in
            "[\(glyphs.shades[min(bin, glyphs.shades.count - 1)])]\(edges[bin])\(dash)\(edges[bin + 1])"
        }
        return bins + (scale.kind == .log ? ["(log)"] : [])
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.put(text(options: options), x: area.x, y: area.y, width: area.width, options: options)
    }
}
