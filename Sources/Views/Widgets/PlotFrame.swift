/// The axes around a plot: y tick labels and axis on the left, x axis and tick labels on the last two rows.
struct PlotFrame {
    let area: Rect
    let yTicks: [Double]
    let yRange: ClosedRange<Double>
    let labelWidth: Int

    /// `labelWidth` nil = as wide as the widest y tick label (at most a quarter of the area).
    init(area: Rect, yTicks: [Double], yRange: ClosedRange<Double>, labelWidth: Int? = nil) {
        self.area = area
        self.yTicks = yTicks
        self.yRange = yRange
        self.labelWidth = labelWidth
            ?? min(yTicks.map { NumberText.compact($0).count }.max() ?? 1, max(1, area.width / 4))
    }

    /// Where points go: right of the y axis, above the x axis.
    var plot: Rect { area.inset(left: labelWidth + 1, bottom: 2) }

    /// Row (in `plot`) of a y value.
    func row(_ y: Double) -> Int {
        let fraction = PlotRange.fraction(y, in: yRange, kind: .linear)
        return plot.height - 1 - Int((fraction * Double(plot.height - 1)).rounded())
    }

    func drawYAxis(into buffer: inout Buffer, options: RenderOptions) {
        let axisX = plot.x - 1
        buffer.verticalLine(options.glyphs.vertical, x: axisX, y: plot.y, count: plot.height)
        for tick in yTicks where yRange.contains(tick) {
            let y = plot.y + row(tick)
            buffer.set(x: axisX, y: y, Cell(options.glyphs.tickLeft))
            buffer.put(NumberText.compact(tick), x: area.x, y: y, width: labelWidth, alignment: .right, options: options)
        }
    }

    /// Axis line with ticks at the given plot columns, and their labels centred below (skipping overlaps).
    func drawXAxis(into buffer: inout Buffer, ticks: [(column: Int, label: String)], options: RenderOptions) {
        let axisY = plot.maxY
        buffer.set(x: plot.x - 1, y: axisY, Cell(options.glyphs.bottomLeft))
        buffer.horizontalLine(options.glyphs.horizontal, x: plot.x, y: axisY, count: plot.width)
        var nextFree = area.x
        for tick in ticks where tick.column >= 0 && tick.column < plot.width {
            buffer.set(x: plot.x + tick.column, y: axisY, Cell(options.glyphs.tickDown))
            let width = DisplayWidth.of(tick.label)
            let start = min(max(plot.x + tick.column - width / 2, area.x), area.maxX - width)
            guard start >= nextFree else { continue }
            buffer.put(tick.label, x: start, y: axisY + 1, limit: area.maxX)
            nextFree = start + width + 1
        }
    }
}
