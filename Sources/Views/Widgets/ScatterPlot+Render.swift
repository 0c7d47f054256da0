extension ScatterPlot {
    /// Smallest plot area (inside axes) worth drawing.
    static let minimumPlot = (width: 12, height: 3)

    /// Legend (wrapped, never cut), then the framed plot; below its minimum size the figure says so instead.
    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        // The legend's height with the shared-cell entry, whether or not a cell turns out shared.
        let worstLegend = Legend(legendEntries(options: options) + ErrorBars.legendEntries(series, options: options)
                                 + MarkerGrid.worstLegendEntries(points: finitePoints.count, options: options))
        let legendHeight = worstLegend.height(width: area.width)
        let need = (width: ScatterPlot.minimumPlot.width + 8, height: legendHeight + ScatterPlot.minimumPlot.height + 3)
        guard area.width >= need.width, area.height >= need.height else {
            return FigureTooSmall.draw("scatter plot", need: need, area: area, into: &buffer, options: options)
        }
        let body = area.inset(top: legendHeight)
        let frame = PlotFrame(area: body, yTicks: yTicks(rows: body.height - 2), yRange: yRange)
        let plot = frame.plot
        frame.drawYAxis(into: &buffer, options: options)
        let ticks = xTicks(columns: plot.width)
        frame.drawXAxis(into: &buffer, ticks: ticks.map { tick in
            (Int((PlotRange.fraction(tick, in: xRange, kind: xScale) * Double(plot.width - 1)).rounded()),
             NumberText.compact(tick))
        }, options: options)
        ErrorBars.draw(series, plot: plot, options: options, into: &buffer) {
            position($0, columns: plot.width, rows: plot.height)
        }
        var grid = MarkerGrid(width: plot.width, height: plot.height)
        for (index, entry) in series.enumerated() {
            for point in entry.points {
                guard let (column, row) = position(point, columns: plot.width, rows: plot.height) else { continue }
                grid.add(column: column, row: row, series: index)
            }
        }
        grid.draw(into: &buffer, plot: plot, options: options)
        Legend(legendEntries(options: options) + ErrorBars.legendEntries(series, options: options)
               + grid.legendEntries(options: options))
            .draw(into: &buffer, x: area.x, y: area.y, width: area.width, maxLines: legendHeight, options: options)
    }

    /// (column, row) of a point in a plot `columns × rows` cells, top row 0; nil when not drawable.
    func position(_ point: PlotPoint, columns: Int, rows: Int) -> (Int, Int)? {
        guard point.x.isFinite, point.y.isFinite, xScale == .linear || point.x > 0 else { return nil }
        let fx = PlotRange.fraction(point.x, in: xRange, kind: xScale)
        let fy = PlotRange.fraction(point.y, in: yRange, kind: .linear)
        guard (0...1).contains(fx), (0...1).contains(fy) else { return nil }
        return (Int((fx * Double(columns - 1)).rounded()), rows - 1 - Int((fy * Double(rows - 1)).rounded()))
    }
}
