/// Horizontal bars, one group per category and one bar per series in it; each series has its own fill
/// (`█ ▓ ▒ ░`, ASCII `# = * +`) named in the legend line, and each bar ends with its value. Values below zero
/// draw as empty bars (use `DivergingBars` for signed data); NaN draws the missing glyph.
public struct GroupedBars: Widget {
    public var categories: [String]
    public var seriesNames: [String]
    /// `values[category][series]`.
    public var values: [[Double]]
    public var decimals: Int
    /// Bar length scale maximum; nil = the largest value.
    public var maximum: Double?

    public init(categories: [String], seriesNames: [String], values: [[Double]], decimals: Int = 2,
                maximum: Double? = nil) {
        self.categories = categories
        self.seriesNames = seriesNames
        self.values = values
        self.decimals = decimals
        self.maximum = maximum
    }

    func value(_ category: Int, _ series: Int) -> Double {
        category < values.count && series < values[category].count ? values[category][series] : .nan
    }

    /// Cells of a bar of `value` in `width` columns: round(width · value / maximum), clamped to 0…width.
    static func length(_ value: Double, maximum: Double, width: Int) -> Int {
        guard value.isFinite, maximum > 0, value > 0 else { return 0 }
        return min(width, max(0, Int((Double(width) * value / maximum).rounded())))
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let glyphs = options.glyphs
        let legend = Legend(seriesNames.enumerated().map { "\(glyphs.seriesFill($0.offset)) \($0.element)" })
        let legendHeight = legend.draw(into: &buffer, x: area.x, y: area.y, width: area.width,
                                       maxLines: max(1, area.height - 1), options: options)
        let labelWidth = min(categories.map { DisplayWidth.of(SafeText.sanitized($0)) }.max() ?? 0, area.width / 3)
        let texts = values.flatMap { $0 }.map { NumberText.fixed($0, decimals: decimals) }
        let valueWidth = texts.map(\.count).max() ?? 1
        let barX = area.x + labelWidth + 1
        let barWidth = max(0, area.maxX - barX - valueWidth - 1)
        let top = maximum ?? max(0, values.flatMap { $0 }.filter(\.isFinite).max() ?? 0)
        var y = area.y + legendHeight
        // Whole categories only; when some do not fit, the last line says how many are left out.
        let perCategory = max(1, seriesNames.count), capacity = area.maxY - y
        let fitting = categories.count * perCategory > capacity ? max(0, (capacity - 1) / perCategory) : categories.count
        if fitting < categories.count, capacity > 0 {
            let hidden = categories.count - fitting
            buffer.put("\(glyphs.ellipsis) \(hidden) more categor\(hidden == 1 ? "y" : "ies"): enlarge or export",
                       x: area.x, y: area.maxY - 1, width: area.width, style: Style(dim: true), options: options)
        }
        for (category, label) in categories.prefix(fitting).enumerated() {
            for series in seriesNames.indices where y < area.maxY {
                if series == 0 { buffer.put(label, x: area.x, y: y, width: labelWidth, options: options) }
                let amount = value(category, series)
                let length = GroupedBars.length(amount, maximum: top, width: barWidth)
                buffer.horizontalLine(glyphs.seriesFill(series), x: barX, y: y, count: length)
                let text = amount.isNaN ? String(glyphs.missing) : NumberText.fixed(amount, decimals: decimals)
                buffer.put(text, x: barX + length + 1, y: y, limit: area.maxX)
                y += 1
            }
        }
    }
}
