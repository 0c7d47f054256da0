/// Signed values as bars from a centre axis: negative to the left ending in `◀`, positive to the right ending in
/// `▶` (`<###|##>` in ASCII), so the sign reads without colour; the value is printed at the row's end.
/// Colour (when on) adds red for negative and blue for positive.
public struct DivergingBars: Widget {
    public var labels: [String]
    public var values: [Double]
    public var decimals: Int
    /// Half-length scale maximum; nil = the largest magnitude.
    public var maximum: Double?
    /// Texts under the axis naming each side (e.g. "toward base", "toward aligned").
    public var negativeCaption: String
    public var positiveCaption: String

    public init(labels: [String], values: [Double], decimals: Int = 2, maximum: Double? = nil,
                negativeCaption: String = "", positiveCaption: String = "") {
        self.labels = labels
        self.values = values
        self.decimals = decimals
        self.maximum = maximum
        self.negativeCaption = negativeCaption
        self.positiveCaption = positiveCaption
    }

    /// Cells on one side for a value: round(half · |v| / maximum), clamped to 0…half.
    static func length(_ value: Double, maximum: Double, half: Int) -> Int {
        guard value.isFinite, maximum > 0 else { return 0 }
        return min(half, Int((Double(half) * abs(value) / maximum).rounded()))
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let glyphs = options.glyphs
        let labelWidth = min(labels.map { DisplayWidth.of(SafeText.sanitized($0)) }.max() ?? 0, area.width / 3)
        let valueWidth = values.map { NumberText.fixed($0, decimals: decimals).count }.max() ?? 1
        let half = max(0, (area.width - labelWidth - valueWidth - 3) / 2)
        let axisX = area.x + labelWidth + 1 + half
        let top = maximum ?? (values.filter(\.isFinite).map(abs).max() ?? 0)
        let captioned = !(negativeCaption.isEmpty && positiveCaption.isEmpty) && area.height >= 2
        let capacity = area.height - (captioned ? 1 : 0)
        let rows = labels.count > capacity ? max(0, capacity - 1) : labels.count
        if labels.count > capacity, capacity > 0 {
            let hidden = labels.count - rows
            buffer.put("\(glyphs.ellipsis) \(hidden) more row\(hidden == 1 ? "" : "s"): enlarge or export",
                       x: area.x, y: area.y + rows, width: area.width, style: Style(dim: true), options: options)
        }
        for index in 0..<max(0, rows) {
            let y = area.y + index, value = index < values.count ? values[index] : .nan
            buffer.put(labels[index], x: area.x, y: y, width: labelWidth, options: options)
            buffer.set(x: axisX, y: y, Cell(glyphs.vertical))
            drawBar(value, length: DivergingBars.length(value, maximum: top, half: half), axisX: axisX, y: y,
                    into: &buffer, options: options)
            let text = value.isNaN ? String(glyphs.missing) : NumberText.fixed(value, decimals: decimals)
            buffer.put(text, x: axisX + half + 2, y: y, limit: area.maxX)
        }
        if captioned {
            let y = area.y + max(rows, min(capacity, labels.count))
            buffer.put(negativeCaption, x: axisX - half, y: y, width: half, alignment: .right, options: options)
            buffer.set(x: axisX, y: y, Cell(glyphs.vertical))
            buffer.put(positiveCaption, x: axisX + 1, y: y, width: half, options: options)
        }
    }

    func drawBar(_ value: Double, length: Int, axisX: Int, y: Int, into buffer: inout Buffer, options: RenderOptions) {
        guard length > 0 else { return }
        let glyphs = options.glyphs
        var style = Style.plain
        if options.color { style.foreground = .indexed(value < 0 ? 167 : 68) }
        if value < 0 {
            buffer.horizontalLine(glyphs.fill, x: axisX - length + 1, y: y, count: length - 1, style: style)
            buffer.set(x: axisX - length, y: y, Cell(glyphs.arrowLeft, style: style))
        } else {
            buffer.horizontalLine(glyphs.fill, x: axisX + 1, y: y, count: length - 1, style: style)
            buffer.set(x: axisX + length, y: y, Cell(glyphs.arrowRight, style: style))
        }
    }
}
