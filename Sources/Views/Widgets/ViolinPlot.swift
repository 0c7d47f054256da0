import Foundation

/// Horizontal violins on one shared scale, one row each: the density of each column drawn with the shade ramp
/// (` ░▒▓█`, ASCII ` .:*#`), the median marked `┃` (`#`); axis with ticks below. Density is a Gaussian kernel
/// estimate, `f(x) = Σ exp(−(x − xᵢ)² / 2h²)`, with Silverman's bandwidth `h = 0.9·min(σ, IQR/1.34)·n^(−1/5)`
/// (half a column when that is 0), normalised so each violin's densest column is full.
public struct ViolinPlot: Widget {
    public var distributions: [Distribution]
    /// The x axis title with its unit.
    public var axisTitle: String

    public init(distributions: [Distribution], axisTitle: String = "") {
        self.distributions = distributions
        self.axisTitle = axisTitle
    }

    /// The shades as density, the median mark, then the axis title.
    func legend(_ options: RenderOptions) -> Legend {
        let shades = options.glyphs.shades
        var entries = ["[\(shades[1])…\(shades[shades.count - 1])] density (densest = full)".replacing(
            "…", with: options.charset == .unicode ? "…" : ".."), "\(options.glyphs.median) median"]
        if !axisTitle.isEmpty { entries.insert("x: " + axisTitle, at: 0) }
        return Legend(entries)
    }

    var range: ClosedRange<Double> {
        PlotRange.of(distributions.flatMap(\.values).filter(\.isFinite), kind: .linear)
    }

    /// Density at each of `columns` evenly spaced points over `range`, scaled to a maximum of 1.
    static func density(_ stats: BoxStatistics, range: ClosedRange<Double>, columns: Int) -> [Double] {
        guard columns > 0 else { return [] }
        let values = stats.sorted, count = Double(values.count)
        let mean = values.reduce(0, +) / count
        let deviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / max(1, count - 1)).squareRoot()
        let spread = min(deviation, (stats.upperQuartile - stats.lowerQuartile) / 1.34)
        let step = (range.upperBound - range.lowerBound) / Double(max(1, columns - 1))
        var bandwidth = 0.9 * (spread > 0 ? spread : deviation) * pow(count, -0.2)
        if !(bandwidth > 0) { bandwidth = max(step / 2, 1e-12) }
        let points = (0..<columns).map { range.lowerBound + Double($0) * step }
        let densities = points.map { x in
            values.reduce(0) { $0 + exp(-((x - $1) * (x - $1)) / (2 * bandwidth * bandwidth)) }
        }
        let top = densities.max() ?? 0
        return densities.map { top > 0 ? $0 / top : 0 }
    }

    public func draw(into buffer: inout Buffer, area: Rect, options: RenderOptions) {
        guard let strip = DistributionStrip.layout("violin plot", legend: legend(options),
                                                   labels: distributions.map(\.label), range: range, area: area,
                                                   into: &buffer, options: options)
        else { return }
        let area = strip.area
        let shades = options.glyphs.shades
        for (index, distribution) in distributions.enumerated() where index < strip.shownRows(of: distributions.count) {
            let y = area.y + index
            buffer.put(distribution.label, x: area.x, y: y, width: strip.labelWidth, options: options)
            guard let stats = BoxStatistics(values: distribution.values), strip.plot.width > 0 else {
                buffer.set(x: strip.plot.x, y: y, Cell(options.glyphs.missing))
                continue
            }
            let density = ViolinPlot.density(stats, range: range, columns: strip.plot.width)
            for (column, level) in density.enumerated() {
                let shade = min(shades.count - 1, Int((level * Double(shades.count - 1)).rounded()))
                buffer.set(x: strip.plot.x + column, y: y, Cell(shades[shade]))
            }
            buffer.set(x: strip.column(stats.median), y: y, Cell(options.glyphs.median, style: Style(bold: true)))
        }
        strip.drawAxis(into: &buffer, options: options)
    }
}
