/// Each point's interval of y as a vertical bar (`│`, ASCII `|`) in its column, drawn under the markers, and the
/// legend entry that explains it (only when a point has one).
enum ErrorBars {
    static func draw(_ series: [ScatterSeries], plot: Rect, options: RenderOptions, into buffer: inout Buffer,
                     position: (PlotPoint) -> (Int, Int)?) {
        let bar: Character = options.charset == .unicode ? "│" : "|"
        for (index, entry) in series.enumerated() {
            var style = Style(dim: true)
            if options.color { style.foreground = .indexed(ScatterPlot.seriesColors[index % ScatterPlot.seriesColors.count]) }
            for point in entry.points where point.hasBar {
                guard let (column, top) = position(PlotPoint(x: point.x, y: point.high)),
                      let (_, bottom) = position(PlotPoint(x: point.x, y: point.low)) else { continue }
                for row in min(top, bottom)...max(top, bottom) {
                    buffer.set(x: plot.x + column, y: plot.y + row, Cell(bar, style: style))
                }
            }
        }
    }

    static func legendEntries(_ series: [ScatterSeries], options: RenderOptions) -> [String] {
        guard series.contains(where: { $0.points.contains(where: \.hasBar) }) else { return [] }
        return ["\(options.charset == .unicode ? "│" : "|") bootstrap interval of the mean"]
    }
}
