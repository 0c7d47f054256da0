import Analysis

/// The frame every analysis pane shares: a bold headline, the body, the dim caption on the last line; and the
/// split of a body into a table and a figure (side by side when wide, stacked when tall, table only otherwise).
struct PaneLayout {
    let headline: Rect
    let body: Rect
    let caption: Rect

    /// The caption (provenance: data root, mode, configuration, models) takes two lines where it would not fit in
    /// one (below 140 columns, when the pane has at least 16 rows), so it is never cut.
    init(_ area: Rect) {
        let captionLines = area.height >= 16 && area.width < 140 ? 2 : (area.height >= 3 ? 1 : 0)
        let parts = area.rows([.fixed(1), .min(0), .fixed(captionLines)])
        headline = parts[0]
        body = parts[1]
        caption = parts[2]
    }

    /// Table and figure areas: figure right of the table from 110 columns, under it from 30 rows, else none.
    static func tableAndFigure(_ body: Rect, tableShare: Int = 55) -> (table: Rect, figure: Rect) {
        if body.width >= 110 {
            let parts = body.columns([.percent(tableShare), .min(0)], spacing: 2)
            return (parts[0], parts[1])
        }
        if body.height >= 28 {
            let parts = body.rows([.percent(tableShare), .min(0)], spacing: 1)
            return (parts[0], parts[1])
        }
        return (body, Rect(x: body.x, y: body.y, width: 0, height: 0))
    }

    /// Draws the headline (bold) and caption (dim).
    func drawFrame(headline text: String, caption: String, into buffer: inout Buffer, options: RenderOptions) {
        buffer.put(text, x: headline.x, y: headline.y, width: headline.width, style: Style(bold: true),
                   options: options)
        PaneLayout.drawCaption(caption, in: self.caption, into: &buffer, options: options)
    }

    /// The caption wrapped at its list separators over the caption rows, bottom-aligned (a caption that fits in
    /// one line stays on the last line).
    static func drawCaption(_ caption: String, in area: Rect, into buffer: inout Buffer, options: RenderOptions) {
        guard area.height > 0 else { return }
        let separator = options.glyphs.listSeparator
        let lines = Legend(caption.components(separatedBy: separator), separator: separator).lines(width: area.width)
        let shown = lines.count <= area.height ? lines : [caption]
        for (offset, line) in shown.enumerated() {
            buffer.put(line, x: area.x, y: area.maxY - shown.count + offset, width: area.width,
                       style: Style(dim: true), options: options)
        }
    }

    /// A one-line message in the body (an empty configuration, no data), never a blank pane.
    func drawMessage(_ text: String, into buffer: inout Buffer, options: RenderOptions) {
        let area = body.height > 0 ? body : headline
        buffer.put(text, x: area.x, y: area.y, width: area.width, options: options)
    }
}

/// Shared formatting of pane cells.
enum PaneText {
    /// Fixed decimals, or the missing glyph's text for NaN.
    static func number(_ value: Double, _ decimals: Int) -> String {
        value.isNaN ? "-" : NumberText.fixed(value, decimals: decimals)
    }

    static func number(_ value: Double?, _ decimals: Int) -> String { value.map { number($0, decimals) } ?? "-" }

    static func count(_ value: Int?) -> String { value.map(String.init) ?? "-" }

    /// The title of every model-size column: one unit, named (billions of parameters).
    static let sizeTitle = "params (B)"

    /// A model size from millions of parameters, in billions with up to 3 decimals (`0.07`, `1.4`, `175`).
    static func parameters(_ millions: Double?) -> String {
        guard let millions, millions.isFinite else { return "-" }
        return NumberText.trimmed(NumberText.fixed(millions / 1000, decimals: 3))
    }

    /// The widest `interval` of a tau (every bound in [-1, 1]): `-1.00 [-1.00, -1.00]`.
    static let widestInterval = 20

    /// A mean with its interval, `0.61 [0.55, 0.67]`, or the mean alone when there is no interval.
    static func interval(_ summary: MeanTauSummary) -> String {
        let mean = number(summary.mean.value, 2)
        guard summary.interval.isDefined else { return mean }
        return "\(mean) [\(number(summary.interval.low, 2)), \(number(summary.interval.high, 2))]"
    }

    /// The n of a mean with how many reduced taus it includes: `92`, `90 (21 red.)`.
    static func counted(_ summary: MeanTauSummary) -> String {
        summary.reducedCount > 0 ? "\(summary.mean.count) (\(summary.reducedCount) red.)" : "\(summary.mean.count)"
    }

    /// A p or q value: 3 decimals (`<0.001` below), `n.t.` when the tau is defined but not testable, `-` without tau.
    static func pValue(_ p: Double, tau: Double) -> String {
        guard tau.isFinite else { return "-" }
        guard p.isFinite else { return "n.t." }
        return p < 0.001 ? "<0.001" : NumberText.fixed(p, decimals: 3)
    }

    /// A tau's n, with `*` when it is reduced (fewer pairs than its group has).
    static func pairs(_ tau: DiseaseTau) -> String { tau.isReduced ? "\(tau.n)*" : "\(tau.n)" }

    /// The confidence level as `95%`.
    static func confidence(_ settings: UncertaintySettings) -> String {
        NumberText.trimmed(NumberText.fixed(settings.confidence * 100, decimals: 1)) + "%"
    }

    /// What the marks mean, for headlines and captions.
    static let reducedLegend = "* = fewer pairs than the group has; red. = such taus in a mean; n.t. = not testable"

    /// A counted mean as `0.123 (n=40)`.
    static func mean(_ mean: CountedMean, _ decimals: Int = 3) -> String {
        "\(number(mean.value, decimals)) (n=\(mean.count))"
    }

    /// One- or two-letter codes of the demographics (`W B A H I P`, `M F NB`), to fit rankings in a cell.
    static func code(_ demographic: Demographic) -> String {
        switch demographic {
        case .male: return "M"
        case .female: return "F"
        case .nonBinary: return "NB"
        case .white: return "W"
        case .black: return "B"
        case .asian: return "A"
        case .hispanic: return "H"
        case .indigenous: return "I"
        case .pacificIslander: return "PI"
        }
    }

    static func ranking(_ ordering: [Demographic]) -> String { ordering.map(code).joined(separator: ">") }

    /// The legend of the codes of a group.
    static func codeLegend(_ group: DemographicGroup) -> String {
        group.demographics.map { "\(code($0))=\($0.label)" }.joined(separator: " ")
    }

    static func diseaseName(_ dataset: Dataset, _ id: DiseaseID) -> String {
        id >= 0 && id < dataset.diseases.count ? dataset.diseases[id].name : "disease \(id)"
    }
}
