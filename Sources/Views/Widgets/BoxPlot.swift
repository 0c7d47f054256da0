/// One labelled distribution of a box or violin plot.
public struct Distribution: Sendable, Hashable {
    public var label: String
    public var values: [Double]

    public init(label: String, values: [Double]) {
        self.label = label
        self.values = values
    }
}

/// Horizontal box plots on one shared scale, one row each: `├───[▒▒▒┃▒▒]───┤ ∘` (ASCII `|---[==#==]---| o`),
/// whiskers at 1.5·IQR, outliers marked; an axis with ticks and labels on the last two rows.
public struct BoxPlot: Widget {
    public var distributions: [Distribution]
    /// The x axis title with its unit (`mean rank per template, 1 = top`).
    public var axisTitle: String

    public init(distributions: [Distribution], axisTitle: String = "") {
        self.distributions = distributions
        self.axisTitle = axisTitle
    }

    /// What each glyph means, then the axis title (the wrapped legend on top).
    func legend(_ options: RenderOptions) -> Legend {
        let unicode = options.charset == .unicode
        var entries = [unicode ? "├─┤ whiskers (1.5 IQR)" : "|-| whiskers (1.5 IQR)",
                       unicode ? "[▒] Q1–Q3" : "[=] Q1-Q3", "\(options.glyphs.median) median",
                       "\(options.glyphs.outlier) outlier"]
        if !axisTitle.isEmpty { entries.insert("x: " + axisTitle, at: 0) }
        return Legend(entries)
    }

    var range: ClosedRange<Double> {
        PlotRange.of(distributions.flatMap(\.values).filter(\.isFinite), kind: .linear)
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        guard let strip = DistributionStrip.layout("box plot", legend: legend(options), labels: distributions.map(\.label),
                                                   range: range, area: area, into: &buffer, options: options)
        else { return }
        let area = strip.area
        for (index, distribution) in distributions.enumerated() where index < strip.shownRows(of: distributions.count) {
            buffer.put(distribution.label, x: area.x, y: area.y + index, width: strip.labelWidth, options: options)
            guard let stats = BoxStatistics(values: distribution.values) else {
                buffer.set(x: strip.plot.x, y: area.y + index, Cell(options.glyphs.missing))
                continue
            }
            drawBox(stats, y: area.y + index, strip: strip, into: &buffer, options: options)
        }
        strip.drawAxis(into: &buffer, options: options)
    }

    func drawBox(_ stats: BoxStatistics, y: Int, strip: DistributionStrip, into buffer: inout Buffer,
                 options: RenderOptions) {
        let unicode = options.charset == .unicode
        let low = strip.column(stats.lowerWhisker), high = strip.column(stats.upperWhisker)
        let q1 = strip.column(stats.lowerQuartile), q3 = strip.column(stats.upperQuartile)
        buffer.horizontalLine(options.glyphs.horizontal, x: low, y: y, count: high - low + 1)
        buffer.horizontalLine(unicode ? "▒" : "=", x: q1, y: y, count: q3 - q1 + 1)
        buffer.set(x: low, y: y, Cell(unicode ? "├" : "|"))
        buffer.set(x: high, y: y, Cell(unicode ? "┤" : "|"))
        if q3 > q1 {
            buffer.set(x: q1, y: y, Cell("["))
            buffer.set(x: q3, y: y, Cell("]"))
        }
        buffer.set(x: strip.column(stats.median), y: y, Cell(options.glyphs.median, style: Style(bold: true)))
        for outlier in stats.outliers { buffer.set(x: strip.column(outlier), y: y, Cell(options.glyphs.outlier)) }
    }
}

/// Shared layout of box and violin plots: label column, plot columns, axis and tick labels at the bottom.
struct DistributionStrip {
    let area: Rect
    let range: ClosedRange<Double>
    let labelWidth: Int
    let plot: Rect

    init(labels: [String], range: ClosedRange<Double>, area: Rect) {
        self.area = area
        self.range = range
        labelWidth = min(labels.map { DisplayWidth.of(SafeText.sanitized($0)) }.max() ?? 0, area.width / 3)
        plot = area.inset(left: labelWidth + 1, bottom: area.height >= 3 ? 2 : 0)
    }

    var rowCount: Int { plot.height }

    /// The shared start of a box or violin plot: its legend on top, the strip below it with the overflow line;
    /// nil (after saying how much room it needs) below the minimum size.
    static func layout(_ name: String, legend: Legend, labels: [String], range: ClosedRange<Double>, area: Rect,
                       into buffer: inout Buffer, options: RenderOptions) -> DistributionStrip? {
        let full = area.intersection(buffer.area)
        guard !full.isEmpty else { return nil }
        let need = (width: 30, height: legend.height(width: full.width) + min(labels.count, 2) + 2)
        guard full.width >= need.width, full.height >= need.height else {
            FigureTooSmall.draw(name, need: need, area: full, into: &buffer, options: options)
            return nil
        }
        let legendHeight = legend.draw(into: &buffer, x: full.x, y: full.y, width: full.width, options: options)
        let strip = DistributionStrip(labels: labels, range: range, area: full.inset(top: legendHeight))
        strip.markOverflow(shown: strip.rowCount, of: labels.count, into: &buffer, options: options)
        return strip
    }

    /// Rows drawn out of `total`: all that fit, one fewer when the last line must say how many are left out.
    func shownRows(of total: Int) -> Int { total > rowCount ? max(0, rowCount - 1) : total }

    /// When rows do not fit, the last row says how many are not shown (never a silent cut).
    func markOverflow(shown capacity: Int, of total: Int, into buffer: inout Buffer, options: RenderOptions) {
        guard total > capacity, capacity > 0 else { return }
        let hidden = total - shownRows(of: total)
        buffer.put("\(options.glyphs.ellipsis) \(hidden) more row\(hidden == 1 ? "" : "s"): enlarge or export",
                   x: area.x, y: area.y + capacity - 1, width: area.width, style: Style(dim: true), options: options)
    }

    /// Column of a value, clamped into the plot.
    func column(_ value: Double) -> Int {
        let fraction = PlotRange.fraction(value, in: range, kind: .linear)
        let offset = Int((fraction * Double(max(0, plot.width - 1))).rounded())
        return plot.x + min(max(0, offset), max(0, plot.width - 1))
    }

    func drawAxis(into buffer: inout Buffer, options: RenderOptions) {
        guard area.height >= 3, plot.width >= 2 else { return }
        let frame = PlotFrame(area: Rect(x: plot.x - 1, y: plot.y, width: plot.width + 1, height: plot.height + 2),
                              yTicks: [], yRange: 0...1, labelWidth: 0)
        let ticks = AxisTicks.linear(low: range.lowerBound, high: range.upperBound, maxCount: max(2, plot.width / 10))
        frame.drawXAxis(into: &buffer, ticks: ticks.map { (column($0) - plot.x, NumberText.compact($0)) },
                        options: options)
    }
}
