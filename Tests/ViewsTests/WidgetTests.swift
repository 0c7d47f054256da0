import Testing
@testable import Views

@Suite struct WidgetTests {
    /// 0…10 in 5 bins: edges every 2; a value on an edge goes up, the maximum stays in the top bin.
    @Test func heatmapBinsAndEdges() {
        let scale = ShadeScale(low: 0, high: 10)
        #expect(scale.edges == [0, 2, 4, 6, 8, 10])
        #expect([0, 1.99, 2, 5, 9.99, 10, -3, 12].map(scale.bin) == [0, 0, 1, 2, 4, 4, 0, 4])
        #expect(scale.bin(.nan) == nil)
        #expect(ShadeScale(low: 3, high: 3).bin(3) == 4)
    }

    /// log10 1…1000 in 3 bins: edges at the powers of ten; 10 starts bin 1, 0 (no log) falls in bin 0.
    @Test func heatmapLogBins() {
        let scale = ShadeScale(low: 1, high: 1000, kind: .log, binCount: 3)
        #expect(scale.edges.map { ($0 * 1e6).rounded() / 1e6 } == [1, 10, 100, 1000])
        #expect([1, 9.9, 10, 999, 1000, 0].map(scale.bin) == [0, 0, 1, 2, 2, 0])
    }

    @Test func heatmapLegendShowsBinEdges() {
        let legend = Gallery.heatmap.legend(Gallery.heatmap.shadeScale)
        #expect(legend.text(options: RenderOptions()) == "·=NaN [ ]0–2 [░]2–4 [▒]4–6 [▓]6–8 [█]8–10")
        #expect(legend.text(options: RenderOptions(charset: .ascii)) == "?=NaN [ ]0-2 [.]2-4 [:]4-6 [*]6-8 [#]8-10")
    }

    /// Row 糖尿病 of the gallery heatmap: 7.5 → bin 3, 10 → bin 4, NaN → ·.
    @Test func heatmapCellsUseTheRamp() {
        let screen = Gallery.render(Gallery.heatmap, width: 40, height: 6, options: RenderOptions())
        #expect(PlainTextEncoder.line(screen, row: 2) == "糖尿病 ▓▓ ██ ··")
    }

    /// Hand-computed: raw step (1−0)/4 = 0.25 → 0.5; (−0.2…0.6)/1 = 0.8 → 1 leaves one tick → 0.5.
    @Test func linearTicks() {
        #expect(AxisTicks.linear(low: 0, high: 1, maxCount: 5) == [0, 0.5, 1])
        #expect(AxisTicks.linear(low: 0, high: 100, maxCount: 5) == [0, 50, 100])
        #expect(AxisTicks.linear(low: -0.2, high: 0.6, maxCount: 2) == [0, 0.5])
        #expect(AxisTicks.linear(low: 3, high: 3) == [3])
        #expect(AxisTicks.linear(low: 0.1, high: 0.35, maxCount: 6).count == 6)
    }

    @Test func logTicks() {
        #expect(AxisTicks.log(low: 70, high: 70_000) == [100, 1_000, 10_000])
        #expect(AxisTicks.log(low: 2, high: 9) == [2, 5])
        #expect(AxisTicks.log(low: 0, high: 9) == [])
    }

    /// The gallery scatter: x 70…70000 log → ticks at 100, 1000, 10k; y −0.2…0.6.
    @Test func scatterAxisTicks() {
        #expect(Gallery.scatter.xTicks(columns: 36) == [100, 1_000, 10_000])
        #expect(Gallery.scatter.yTicks(rows: 7) == [0, 0.5])
        let screen = Gallery.render(Gallery.scatter, width: 40, height: 12, options: RenderOptions(charset: .ascii))
        #expect(PlainTextEncoder.line(screen, row: 11) == "     100       1000         10k")
        #expect(PlainTextEncoder.line(screen, row: 10) == "   +--+----------+-----------+----------")
    }

    /// Two points on one cell: the cell shows `2` (not one marker over the other) and the legend explains it.
    @Test func sharedCellsShowTheirCount() {
        let plot = ScatterPlot(series: [ScatterSeries(name: "a", points: [PlotPoint(x: 1, y: 1), PlotPoint(x: 1, y: 1)]),
                                        ScatterSeries(name: "b", points: [PlotPoint(x: 2, y: 2)])])
        let screen = Gallery.render(plot, width: 40, height: 12, options: RenderOptions(charset: .ascii))
        let text = PlainTextEncoder.encode(screen)
        #expect(text.contains("2-9 = points sharing a cell") && text.contains("3 points plotted"))
        #expect(text.contains("o a") && text.contains("* b"))
        let plotRows = text.split(separator: "\n").filter { $0.contains("|") || $0.contains("+") }
        #expect(plotRows.contains { $0.contains("2") && !$0.contains("points") })
    }
    /// CJK row: 糖尿病 is 6 columns, padded to the 17-column frozen column; numbers right-aligned.
    @Test func tableAlignsCJKAndNumbers() {
        let screen = Gallery.render(Gallery.table, width: 40, height: 6, options: RenderOptions())
        #expect(PlainTextEncoder.line(screen, row: 0) == "disease          │count ▼ share note")
        #expect(PlainTextEncoder.line(screen, row: 3) == "糖尿病           │     87  0.02 CJK name")
        #expect(PlainTextEncoder.line(screen, row: 5) == "\\x1b]52;c;bad\\x07│      5  0.10 hostile")
        #expect(screen[0, 3].style.reverse && screen[26, 3].style.underline)
    }

    @Test func tableViewportFollowsTheCursor() {
        var table = Table(columns: [TableColumn("a"), TableColumn("b"), TableColumn("c"), TableColumn("d")],
                          rows: (0..<10).map { ["r\($0)", "bbbbb", "ccccc", "ddddd"] }, cursorRow: 7)
        var view = table.viewport(in: Rect(x: 0, y: 0, width: 20, height: 5))
        #expect(view.firstRow == 5 && view.shownRows == 3 && view.totalRows == 10)
        #expect(view.columns == [0, 1, 2, 3])
        #expect(view.widths == [2, 5, 5, 5])  // 2+1+5+1+5+1+5 = 20 columns
        table.cursorColumn = 3
        view = table.viewport(in: Rect(x: 0, y: 0, width: 12, height: 5))
        // From b: 2+1+5+1+5+1+5 = 20 > 12; from c: 14 > 12; from d: 2+1+5 = 8 fits.
        #expect(view.columns == [0, 3])
        table.scrollRow = 99
        table.cursorRow = nil
        #expect(table.viewport(in: Rect(x: 0, y: 0, width: 12, height: 5)).firstRow == 7)
    }

    /// numpy.percentile([1…8, 20]) = 3, 5, 7; fences 3 − 6, 7 + 6 = 13 → whiskers 1 and 8, outlier 20.
    @Test func boxStatistics() {
        let stats = BoxStatistics(values: [1, 2, 3, 4, 5, 6, 7, 8, 20, .nan])
        #expect(stats?.lowerQuartile == 3 && stats?.median == 5 && stats?.upperQuartile == 7)
        #expect(stats?.lowerWhisker == 1 && stats?.upperWhisker == 8 && stats?.outliers == [20])
        #expect(BoxStatistics(values: [.nan]) == nil)
    }

    @Test func divergingBarsCarrySignInCharacters() {
        let screen = Gallery.render(Gallery.diverging, width: 40, height: 4, options: RenderOptions(charset: .ascii))
        #expect(PlainTextEncoder.line(screen, row: 0) == "llama         <#####|             -0.50")
        #expect(PlainTextEncoder.line(screen, row: 1) == "mistral             |##>          0.25")
    }

    @Test func violinDensityPeaksAtTheData() {
        let stats = BoxStatistics(values: [5, 5, 5, 5])
        let density = ViolinPlot.density(stats!, range: 0...10, columns: 11)
        #expect(density[5] == 1 && density[0] < 0.01)
    }

    @Test func tabBarKeepsTheSelectedTitleVisible() {
        let bar = TabBar(titles: ["Windows", "Counts", "Ranks", "Prevalence"], selected: 3)
        let screen = Gallery.render(bar, width: 14, height: 1, options: RenderOptions())
        #expect(PlainTextEncoder.line(screen, row: 0) == "[Prevalence]")
    }
}
