/// Rows × columns of doubles as shaded cells (` ░▒▓█` or ` .:*#`), NaN as `·` (`?` in ASCII, since `.` is a
/// shade there), a legend line with every bin's edges, optional values in cells and an optional colour ramp.
/// Layout: header line of column labels, one line per row (label, then cells), legend on the last line.
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

    public init(rowLabels: [String], columnLabels: [String], values: [[Double]], scale: ScaleKind = .linear,
                valueDecimals: Int? = nil, cellWidth: Int? = nil, scrollRow: Int = 0) {
        self.rowLabels = rowLabels
        self.columnLabels = columnLabels
        self.values = values
        self.scale = scale
        self.valueDecimals = valueDecimals
        self.cellWidth = cellWidth
        self.scrollRow = scrollRow
    }

    /// The scale over every value, with one bin per shade.
    public var shadeScale: ShadeScale { ShadeScale(values: values.flatMap { $0 }, kind: scale, binCount: 5) }

    func value(_ row: Int, _ column: Int) -> Double {
        row < values.count && column < values[row].count ? values[row][column] : .nan
    }

    var resolvedCellWidth: Int {
        if let cellWidth { return max(1, cellWidth) }
        guard let decimals = valueDecimals else { return 2 }
        let widest = values.flatMap { $0 }.map { NumberText.fixed($0, decimals: decimals).count }.max() ?? 1
        return widest + 1
    }

    /// 256-colour backgrounds for the five bins (dark blue to yellow), used only when colour is on.
    static let colorRamp: [UInt8] = [17, 25, 31, 143, 226]

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let parts = area.rows([.min(1), .fixed(area.height >= 3 ? 1 : 0)])
        let body = parts[0]
        let labelWidth = min(rowLabels.map { DisplayWidth.of(SafeText.sanitized($0)) }.max() ?? 0, body.width / 3)
        let cell = resolvedCellWidth
        let gridX = body.x + labelWidth + (labelWidth > 0 ? 1 : 0)
        for (index, label) in columnLabels.enumerated() {
            let x = gridX + index * (cell + 1)
            buffer.put(label, x: x, y: body.y, width: min(cell, body.maxX - x), options: options)
        }
        let scale = shadeScale
        let glyphs = options.glyphs
        let first = min(max(0, scrollRow), max(0, rowLabels.count - 1))
        for line in 0..<max(0, body.height - 1) where first + line < rowLabels.count {
            let row = first + line, y = body.y + 1 + line
            buffer.put(rowLabels[row], x: body.x, y: y, width: labelWidth, options: options)
            for column in columnLabels.indices {
                let x = gridX + column * (cell + 1)
                drawCell(value(row, column), scale: scale, glyphs: glyphs, into: &buffer,
                         at: Rect(x: x, y: y, width: min(cell, body.maxX - x), height: 1), options: options)
            }
        }
        if parts[1].height > 0 { legend(scale).render(into: &buffer, area: parts[1], options: options) }
    }

    func drawCell(_ value: Double, scale: ShadeScale, glyphs: Glyphs, into buffer: inout Buffer, at rect: Rect,
                  options: RenderOptions) {
        guard rect.width > 0 else { return }
        let bin = scale.bin(value)
        var style = Style.plain
        if options.color, let bin { style.background = .indexed(Heatmap.colorRamp[bin]) }
        let shade = bin.map { glyphs.shades[$0] } ?? glyphs.missing
        buffer.horizontalLine(shade, x: rect.x, y: rect.y, count: rect.width, style: style)
        if let decimals = valueDecimals, rect.width >= 2 {
            let text = value.isNaN ? String(glyphs.missing) : NumberText.fixed(value, decimals: decimals)
            buffer.put(text, x: rect.x + 1, y: rect.y, width: rect.width - 1, alignment: .right, style: style,
                       options: options)
        }
    }

    /// The legend for a scale: NaN glyph, then `[shade] low–high` per bin.
    public func legend(_ scale: ShadeScale) -> HeatmapLegend { HeatmapLegend(scale: scale) }
}

/// One line: `·=NaN  [ ]0–2 [░]2–4 …`, edges printed compactly.
public struct HeatmapLegend: Widget {
    public var scale: ShadeScale

    public init(scale: ShadeScale) { self.scale = scale }

    /// The legend text in a charset.
    public func text(options: RenderOptions) -> String {
        let glyphs = options.glyphs
        let edges = scale.edges.map(NumberText.compact)
        let dash = options.charset == .unicode ? "–" : "-"
        var parts = ["\(glyphs.missing)=NaN"]
        for bin in 0..<scale.binCount {
            parts.append("[\(glyphs.shades[min(bin, glyphs.shades.count - 1)])]\(edges[bin])\(dash)\(edges[bin + 1])")
        }
        return parts.joined(separator: " ") + (scale.kind == .log ? " (log)" : "")
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.put(text(options: options), x: area.x, y: area.y, width: area.width, options: options)
    }
}
