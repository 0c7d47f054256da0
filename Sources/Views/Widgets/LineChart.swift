/// A strip chart: one line per series over a few labelled x positions (e.g. the four co-occurrence windows).
/// Each point is the series' marker (`● ○ ◆ …`, ASCII `o * # @ …`), joined to the next by dots; y axis with
/// ticks on the left, x labels under the axis, a wrapped legend on top; a cell shared by several points shows their
/// count. NaN points are left out.
public struct LineChart: Widget {
    public var xLabels: [String]
    public var series: [ScatterSeries]
    public var yLabel: String
    /// The x axis title with its unit.
    public var xLabel: String

    /// `series[i].points[j].x` is ignored: point j is drawn at x position j.
    public init(xLabels: [String], series: [ScatterSeries], yLabel: String = "", xLabel: String = "") {
        self.xLabels = xLabels
        self.series = series
        self.yLabel = yLabel
        self.xLabel = xLabel
    }

    var yRange: ClosedRange<Double> {
        PlotRange.of(series.flatMap(\.points).map(\.y).filter(\.isFinite), kind: .linear)
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        var entries = series.enumerated().map { "\(options.glyphs.marker($0.offset)) \($0.element.name)" }
        if !xLabel.isEmpty { entries.insert("x: " + xLabel, at: 0) }
        if !yLabel.isEmpty { entries.insert("y: " + yLabel, at: 0) }
        let finite = series.reduce(0) { $0 + $1.points.prefix(xLabels.count).filter { $0.y.isFinite }.count }
        let legendHeight = Legend(entries + MarkerGrid.worstLegendEntries(points: finite, options: options))
            .height(width: area.width)
        let need = (width: 20, height: legendHeight + 5)
        guard area.width >= need.width, area.height >= need.height, !xLabels.isEmpty else {
            return FigureTooSmall.draw("line chart", need: need, area: area, into: &buffer, options: options)
        }
        let body = area.inset(top: legendHeight)
        let ticks = AxisTicks.linear(low: yRange.lowerBound, high: yRange.upperBound, maxCount: max(2, (body.height - 2) / 3))
        let frame = PlotFrame(area: body, yTicks: ticks, yRange: yRange)
        let plot = frame.plot
        guard plot.width >= 2, plot.height >= 1 else { return }
        frame.drawYAxis(into: &buffer, options: options)
        let columns = xLabels.indices.map { xColumn($0, width: plot.width) }
        frame.drawXAxis(into: &buffer, ticks: zip(columns, xLabels.map(SafeText.sanitized)).map { ($0, $1) },
                        options: options)
        var grid = MarkerGrid(width: plot.width, height: plot.height)
        for (index, entry) in series.enumerated() {
            var style = Style.plain
            if options.color { style.foreground = .indexed(ScatterPlot.seriesColors[index % 8]) }
            let points = entry.points.prefix(xLabels.count).enumerated().compactMap { position, point in
                point.y.isFinite ? (columns[position], frame.row(point.y)) : nil
            }
            for (start, end) in zip(points, points.dropFirst()) {
                joinDots(from: start, to: end, plot: plot, into: &buffer, style: style, options: options)
            }
            for (column, row) in points { grid.add(column: column, row: row, series: index) }
        }
        grid.draw(into: &buffer, plot: plot, options: options)
        Legend(entries + grid.legendEntries(options: options))
            .draw(into: &buffer, x: area.x, y: area.y, width: area.width, maxLines: legendHeight, options: options)
    }

    /// Column of x position j: spread evenly with a margin of two columns at each end.
    func xColumn(_ position: Int, width: Int) -> Int {
        guard xLabels.count > 1 else { return width / 2 }
        let margin = min(2, width / 4)
        return margin + position * (width - 1 - 2 * margin) / (xLabels.count - 1)
    }

    /// Dots on the straight line between two points, only in empty cells (markers win).
    func joinDots(from start: (Int, Int), to end: (Int, Int), plot: Rect, into buffer: inout Buffer,
                  style: Style, options: RenderOptions) {
        let span = end.0 - start.0
        guard span > 1 else { return }
        for column in (start.0 + 1)..<end.0 {
            let row = start.1 + Int((Double((end.1 - start.1) * (column - start.0)) / Double(span)).rounded())
            let x = plot.x + column, y = plot.y + row
            if buffer[x, y].character == " " { buffer.set(x: x, y: y, Cell(options.glyphs.lineDot, style: style)) }
        }
    }
}
