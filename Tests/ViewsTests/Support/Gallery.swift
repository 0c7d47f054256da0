@testable import Views

/// Synthetic widgets used by the golden and robustness tests: small, hand-checkable data, CJK and hostile names.
enum Gallery {
    static let table = Table(
        columns: [TableColumn("disease"), TableColumn("count", alignment: .right),
                  TableColumn("share", alignment: .right), TableColumn("note")],
        rows: [["asthma", "1200", "0.25", "common"], ["糖尿病", "87", "0.02", "CJK name"],
               ["flu", "3", "0.00", "rare"], ["\u{1B}]52;c;bad\u{07}", "5", "0.10", "hostile"]],
        sortColumn: 1, sortDescending: true, cursorRow: 1, cursorColumn: 2)

    static let heatmap = Heatmap(
        rowLabels: ["asthma", "糖尿病", "flu"], columnLabels: ["white", "black", "asian"],
        values: [[0, 2.5, 5], [7.5, 10, .nan], [1, 9, 4]])

    static let heatmapValues = Heatmap(
        rowLabels: ["asthma", "flu"], columnLabels: ["white", "black"], values: [[1, 10], [100, 1000]],
        scale: .log, valueDecimals: 0)

    static let scatter = ScatterPlot(
        series: [ScatterSeries(name: "Q1", points: [PlotPoint(x: 70, y: -0.2), PlotPoint(x: 1_000, y: 0.1)]),
                 ScatterSeries(name: "Q4", points: [PlotPoint(x: 7_000, y: 0.4), PlotPoint(x: 70_000, y: 0.6)])],
        xLabel: "parameters (M)", yLabel: "mean tau", xScale: .log)

    static let braille = ScatterPlot(
        series: [ScatterSeries(name: "all", points: (0...20).map { PlotPoint(x: Double($0), y: Double($0 * $0)) })],
        xLabel: "x", yLabel: "x^2")

    static let bars = GroupedBars(categories: ["asthma", "flu"], seriesNames: ["white", "black"],
                                  values: [[4, 2], [1, .nan]], decimals: 1)

    static let diverging = DivergingBars(labels: ["llama", "mistral", "qwen"], values: [-0.5, 0.25, 1],
                                         negativeCaption: "toward base", positiveCaption: "toward aligned")

    static let distributions = [Distribution(label: "llama", values: [1, 2, 3, 4, 5, 6, 7, 8, 20]),
                                Distribution(label: "qwen", values: [4, 4.5, 5, 5.5, 6])]

    static let line = LineChart(xLabels: ["10", "50", "100", "250"],
                                series: [ScatterSeries(name: "white", points: [0.1, 0.3, 0.2, 0.5].map { PlotPoint(x: 0, y: $0) }),
                                         ScatterSeries(name: "black", points: [0.5, 0.4, .nan, 0.1].map { PlotPoint(x: 0, y: $0) })],
                                yLabel: "tau")

    static let help = HelpOverlay(entries: [HelpEntry(key: "q", description: "quit"),
                                            HelpEntry(key: "s", description: "sort by column"),
                                            HelpEntry(key: "/", description: "search disease")])

    /// Every widget, by a name used in golden file names.
    static let widgets: [(name: String, widget: any Widget)] = [
        ("table", table), ("heatmap", heatmap), ("heatmap-values", heatmapValues), ("scatter", scatter),
        ("braille", braille), ("bars", bars), ("diverging", diverging),
        ("box", BoxPlot(distributions: distributions)), ("violin", ViolinPlot(distributions: distributions)),
        ("line", line), ("status", StatusLine(left: "counts | race | w250", right: "3/25")),
        ("help", help), ("tabs", TabBar(titles: ["Windows", "Counts", "Ranks"], selected: 1)),
        ("help-scrolled", HelpOverlay(title: "Keys", entries: (1...12).map {
            HelpEntry(key: "k\($0)", description: "command \($0)")
        }, scroll: 3)),
    ]

    static func render(_ widget: any Widget, width: Int, height: Int, options: RenderOptions) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        widget.render(into: &buffer, area: buffer.area, options: options)
        return buffer
    }
}
