extension ScatterPlot {
    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        buffer.put(legendText(options: options), x: area.x, y: area.y, width: area.width, options: options)
        guard area.height >= 5, area.width >= 8 else { return }
        let frame = PlotFrame(area: area.inset(top: 1), yTicks: yTicks(rows: area.height - 3), yRange: yRange)
        let plot = frame.plot
        frame.drawYAxis(into: &buffer, options: options)
        let ticks = xTicks(columns: plot.width)
        frame.drawXAxis(into: &buffer, ticks: ticks.map { tick in
            (Int((PlotRange.fraction(tick, in: xRange, kind: xScale) * Double(plot.width - 1)).rounded()),
             NumberText.compact(tick))
        }, options: options)
        drawErrorBars(into: &buffer, plot: plot, options: options)
        if usesBraille(options) { drawBraille(into: &buffer, plot: plot, options: options) }
        else { drawMarkers(into: &buffer, plot: plot, options: options) }
    }

    /// (column, row) in sub-cell units of a plot `columns × rows` sub-cells wide, top row 0.
    func position(_ point: PlotPoint, columns: Int, rows: Int) -> (Int, Int)? {
        guard point.x.isFinite, point.y.isFinite, xScale == .linear || point.x > 0 else { return nil }
        let fx = PlotRange.fraction(point.x, in: xRange, kind: xScale)
        let fy = PlotRange.fraction(point.y, in: yRange, kind: .linear)
        guard (0...1).contains(fx), (0...1).contains(fy) else { return nil }
        return (Int((fx * Double(columns - 1)).rounded()), rows - 1 - Int((fy * Double(rows - 1)).rounded()))
    }

    /// Each point's interval as a vertical bar (`│`, ASCII `|`) in its column, under the markers.
    func drawErrorBars(into buffer: inout Buffer, plot: Rect, options: RenderOptions) {
        let bar = options.charset == .unicode ? "│" : "|"
        for (index, entry) in series.enumerated() {
            var style = Style.plain
            if options.color { style.foreground = .indexed(ScatterPlot.seriesColors[index % 8]) }
            for point in entry.points where point.hasBar {
                guard let (column, top) = position(PlotPoint(x: point.x, y: point.high), columns: plot.width,
                                                   rows: plot.height),
                      let (_, bottom) = position(PlotPoint(x: point.x, y: point.low), columns: plot.width,
                                                 rows: plot.height) else { continue }
                for row in min(top, bottom)...max(top, bottom) {
                    buffer.set(x: plot.x + column, y: plot.y + row, Cell(Character(bar), style: style))
                }
            }
        }
    }

    func drawMarkers(into buffer: inout Buffer, plot: Rect, options: RenderOptions) {
        for (index, entry) in series.enumerated() {
            var style = Style.plain
            if options.color { style.foreground = .indexed(ScatterPlot.seriesColors[index % 8]) }
            for point in entry.points {
                guard let (column, row) = position(point, columns: plot.width, rows: plot.height) else { continue }
                buffer.set(x: plot.x + column, y: plot.y + row, Cell(options.glyphs.marker(index), style: style))
            }
        }
    }

    /// Braille: each cell holds 2×4 dots; bit of dot (dx, dy) per the U+2800 block layout.
    func drawBraille(into buffer: inout Buffer, plot: Rect, options: RenderOptions) {
        var dots = [Int: (bits: UInt32, series: Int)]()
        for (index, entry) in series.enumerated() {
            for point in entry.points {
                guard let (column, row) = position(point, columns: plot.width * 2, rows: plot.height * 4)
                else { continue }
                let key = (row / 4) * plot.width + column / 2
                let bit = BrailleDots.bit(dx: column % 2, dy: row % 4)
                dots[key] = ((dots[key]?.bits ?? 0) | bit, index)
            }
        }
        for (key, value) in dots {
            guard let scalar = Unicode.Scalar(0x2800 + value.bits) else { continue }
            var style = Style.plain
            if options.color { style.foreground = .indexed(ScatterPlot.seriesColors[value.series % 8]) }
            buffer.set(x: plot.x + key % plot.width, y: plot.y + key / plot.width, Cell(Character(scalar), style: style))
        }
    }
}

/// The U+2800 braille layout: dots 1–3 and 7 in the left column, 4–6 and 8 in the right.
enum BrailleDots {
    static func bit(dx: Int, dy: Int) -> UInt32 {
        let left: [UInt32] = [0x01, 0x02, 0x04, 0x40], right: [UInt32] = [0x08, 0x10, 0x20, 0x80]
        return (dx == 0 ? left : right)[min(max(0, dy), 3)]
    }
}
