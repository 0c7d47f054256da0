import Foundation

/// One point set of a scatter plot.
public struct ScatterSeries: Sendable, Hashable {
    public var name: String
    public var points: [PlotPoint]

    public init(name: String, points: [PlotPoint]) {
        self.name = name
        self.points = points
    }
}

/// An (x, y) pair, optionally with an interval of y drawn as an error bar; non-finite coordinates are skipped.
public struct PlotPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    /// The error bar's ends (NaN: none).
    public var low: Double
    public var high: Double

    public init(x: Double, y: Double, low: Double = .nan, high: Double = .nan) {
        self.x = x
        self.y = y
        self.low = low
        self.high = high
    }

    var hasBar: Bool { low.isFinite && high.isFinite }
}

/// A scatter plot with axes, ticks, tick labels, a wrapped legend and optional log x (model size). Every series has
/// its own marker (`● ○ ◆ …`, ASCII `o * # @ …`), so series read in monochrome; a cell shared by several points shows
/// their count (`MarkerGrid`), and the legend says how many points are plotted.
public struct ScatterPlot: Widget {
    public var series: [ScatterSeries]
    public var xLabel: String
    public var yLabel: String
    public var xScale: ScaleKind

    public init(series: [ScatterSeries], xLabel: String = "", yLabel: String = "", xScale: ScaleKind = .linear) {
        self.series = series
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.xScale = xScale
    }

    static let seriesColors: [UInt8] = [39, 208, 112, 199, 226, 141, 51, 196]

    var finitePoints: [PlotPoint] {
        series.flatMap(\.points).filter { $0.x.isFinite && $0.y.isFinite && (xScale == .linear || $0.x > 0) }
    }

    /// The x range of the data, widened when degenerate (±1, or ÷/× 10 for log).
    public var xRange: ClosedRange<Double> { PlotRange.of(finitePoints.map(\.x), kind: xScale) }
    /// The y range of the data, widened when degenerate.
    public var yRange: ClosedRange<Double> {
        PlotRange.of(finitePoints.flatMap { $0.hasBar ? [$0.y, $0.low, $0.high] : [$0.y] }, kind: .linear)
    }

    /// The x ticks for a plot of `columns` columns (about one per 10 columns).
    public func xTicks(columns: Int) -> [Double] {
        xScale == .log ? AxisTicks.log(low: xRange.lowerBound, high: xRange.upperBound)
            : AxisTicks.linear(low: xRange.lowerBound, high: xRange.upperBound, maxCount: max(2, columns / 10))
    }

    /// The y ticks for a plot of `rows` rows (about one per 3 rows).
    public func yTicks(rows: Int) -> [Double] {
        AxisTicks.linear(low: yRange.lowerBound, high: yRange.upperBound, maxCount: max(2, rows / 3))
    }

    /// Axis titles (with the log note) and one entry per series with its marker.
    public func legendEntries(options: RenderOptions) -> [String] {
        var parts: [String] = []
        if !yLabel.isEmpty { parts.append("y: " + yLabel) }
        if !xLabel.isEmpty { parts.append("x: " + xLabel + (xScale == .log ? " (log)" : "")) }
        for (index, entry) in series.enumerated() {
            parts.append(String(options.glyphs.marker(index)) + " " + entry.name)
        }
        return parts
    }

    /// The legend as one line (tests and exports; the figure wraps it).
    public func legendText(options: RenderOptions) -> String {
        legendEntries(options: options).joined(separator: "  ")
    }
}

/// Data ranges for plots.
enum PlotRange {
    static func of(_ values: [Double], kind: ScaleKind) -> ClosedRange<Double> {
        guard let low = values.min(), let high = values.max() else { return kind == .log ? 1...10 : 0...1 }
        if high > low { return low...high }
        return kind == .log ? (low / 10)...(high * 10) : (low - 1)...(high + 1)
    }

    /// Position of v in [0, 1] over a range, in linear or log10 space.
    static func fraction(_ value: Double, in range: ClosedRange<Double>, kind: ScaleKind) -> Double {
        switch kind {
        case .linear: return (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        case .log: return log10(value / range.lowerBound) / log10(range.upperBound / range.lowerBound)
        }
    }
}
