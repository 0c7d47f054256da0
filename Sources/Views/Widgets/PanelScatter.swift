import Foundation

/// Small multiples: one scatter panel per group (e.g. per model family) side by side, sharing the x and y ranges so
/// panels compare at a glance; within a panel each series (e.g. a count quartile) has its own marker and its points
/// are joined in x order by a dotted line. One wrapped legend on top (axis titles with units, markers, the line,
/// shared cells, points plotted); y tick labels on the first panel only. Below its minimum size the figure says so.
public struct PanelScatter: Widget {
    public struct Panel: Sendable, Hashable {
        public var title: String
        /// Series in marker order; series i of every panel shares marker i.
        public var series: [ScatterSeries]

        public init(title: String, series: [ScatterSeries]) {
            self.title = title
            self.series = series
        }
    }

    public var panels: [Panel]
    /// Names of the series, in marker order (the legend).
    public var seriesNames: [String]
    public var xLabel: String
    public var yLabel: String
    public var xScale: ScaleKind
    /// What the joining line means, for the legend (`models of a quartile in size order`).
    public var lineMeaning: String

    public init(panels: [Panel], seriesNames: [String], xLabel: String, yLabel: String, xScale: ScaleKind = .linear,
                lineMeaning: String = "joins a series in x order") {
        self.panels = panels
        self.seriesNames = seriesNames
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
        self.lineMeaning = lineMeaning
    }

    /// Smallest panel (inside its axes).
    static let minimumPanel = (width: 14, height: 4)

    var allPoints: [PlotPoint] {
        panels.flatMap { $0.series.flatMap(\.points) }
            .filter { $0.x.isFinite && $0.y.isFinite && (xScale == .linear || $0.x > 0) }
    }

    var shared: ScatterPlot {
        ScatterPlot(series: [ScatterSeries(name: "", points: allPoints)], xLabel: xLabel, yLabel: yLabel, xScale: xScale)
    }

    func legendEntries(options: RenderOptions) -> [String] {
        var entries: [String] = []
        if !yLabel.isEmpty { entries.append("y: " + yLabel) }
        if !xLabel.isEmpty { entries.append("x: " + xLabel + (xScale == .log ? " (log)" : "")) }
        entries += seriesNames.enumerated().map { "\(options.glyphs.marker($0.offset)) \($0.element)" }
        entries.append("\(options.glyphs.lineDot)\(options.glyphs.lineDot) \(lineMeaning)")
        return entries + ErrorBars.legendEntries(panels.flatMap(\.series), options: options)
    }

    /// The area the figure needs at a width: legend lines + panel title + minimum panel + x axis (2).
    public func minimumSize(width: Int, options: RenderOptions) -> (width: Int, height: Int) {
        let legend = Legend(legendEntries(options: options)
                            + MarkerGrid.worstLegendEntries(points: allPoints.count, options: options))
        let labelWidth = yTickLabelWidth
        return (width: labelWidth + 1 + max(1, panels.count) * (PanelScatter.minimumPanel.width + 2),
                height: legend.height(width: width) + 1 + PanelScatter.minimumPanel.height + 2)
    }

    var yTickLabelWidth: Int {
        shared.yTicks(rows: 12).map { NumberText.compact($0).count }.max() ?? 1
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let need = minimumSize(width: area.width, options: options)
        guard !panels.isEmpty, area.width >= need.width, area.height >= need.height else {
            return FigureTooSmall.draw("figure", need: need, area: area, into: &buffer, options: options)
        }
        let legendHeight = need.height - 1 - PanelScatter.minimumPanel.height - 2
        let body = area.inset(top: legendHeight)
        let reference = shared
        let labelWidth = yTickLabelWidth
        let panelsX = body.x + labelWidth + 1
        let panelWidth = (body.maxX - panelsX) / panels.count
        var sharedCells = 0, points = 0
        for (index, panel) in panels.enumerated() {
            // Panel i's plot starts at `x` (after its y axis for i > 0) and leaves one blank column before the next.
            let x = panelsX + index * panelWidth + (index == 0 ? 0 : 1)
            let plotWidth = panelWidth - 2
            buffer.put(panel.title, x: x, y: body.y, width: plotWidth, alignment: .center, style: Style(bold: true),
                       options: options)
            let frameArea = Rect(x: index == 0 ? body.x : x - 1, y: body.y + 1,
                                 width: (index == 0 ? labelWidth + 1 : 1) + plotWidth, height: body.height - 1)
            let frame = PlotFrame(area: frameArea, yTicks: reference.yTicks(rows: frameArea.height - 2),
                                  yRange: reference.yRange, labelWidth: index == 0 ? labelWidth : 0)
            let grid = drawPanel(panel, frame: frame, reference: reference, into: &buffer, options: options)
            sharedCells += grid.sharedCells
            points += grid.pointCount
        }
        let summary = (sharedCells > 0 ? [MarkerGrid.sharedEntry(options)] : []) + [MarkerGrid.countEntry(points)]
        Legend(legendEntries(options: options) + summary)
            .draw(into: &buffer, x: area.x, y: area.y, width: area.width, maxLines: legendHeight, options: options)
    }

    /// One panel: axes (y labels only when the frame has room for them), dotted lines in x order, then markers.
    func drawPanel(_ panel: Panel, frame: PlotFrame, reference: ScatterPlot, into buffer: inout Buffer,
                   options: RenderOptions) -> MarkerGrid {
        let plot = frame.plot
        frame.drawYAxis(into: &buffer, options: options)
        let ticks = reference.xTicks(columns: plot.width)
        frame.drawXAxis(into: &buffer, ticks: ticks.map { tick in
            (Int((PlotRange.fraction(tick, in: reference.xRange, kind: xScale) * Double(plot.width - 1)).rounded()),
             NumberText.compact(tick))
        }, options: options)
        ErrorBars.draw(panel.series, plot: plot, options: options, into: &buffer) {
            reference.position($0, columns: plot.width, rows: plot.height)
        }
        var grid = MarkerGrid(width: plot.width, height: plot.height)
        for (index, series) in panel.series.enumerated() {
            let cells = series.points.sorted { $0.x < $1.x }.compactMap {
                reference.position($0, columns: plot.width, rows: plot.height)
            }
            var style = Style(dim: true)
            if options.color { style.foreground = .indexed(ScatterPlot.seriesColors[index % 8]) }
            for (start, end) in zip(cells, cells.dropFirst()) {
                PanelScatter.dots(from: start, to: end, plot: plot, into: &buffer, style: style, options: options)
            }
            for (column, row) in cells { grid.add(column: column, row: row, series: index) }
        }
        grid.draw(into: &buffer, plot: plot, options: options)
        return grid
    }

    /// Dots on the straight line between two cells (by columns, or by rows when steeper), in empty cells only.
    static func dots(from start: (Int, Int), to end: (Int, Int), plot: Rect, into buffer: inout Buffer,
                     style: Style, options: RenderOptions) {
        let steps = max(abs(end.0 - start.0), abs(end.1 - start.1))
        guard steps > 1 else { return }
        for step in 1..<steps {
            let t = Double(step) / Double(steps)
            let column = start.0 + Int((Double(end.0 - start.0) * t).rounded())
            let row = start.1 + Int((Double(end.1 - start.1) * t).rounded())
            let x = plot.x + column, y = plot.y + row
            if buffer[x, y].character == " " { buffer.set(x: x, y: y, Cell(options.glyphs.lineDot, style: style)) }
        }
    }
}
