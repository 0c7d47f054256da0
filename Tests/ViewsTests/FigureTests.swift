import Analysis
import Testing
@testable import Views

/// Issue #17's figure rules: wrapped legends, round shade edges, per-block and row shading, the row maximum, the
/// small multiples' minimum size, the locale's charset and the ASCII fold.
struct FigureTests {
    @Test func legendsWrapAtEntriesAndNeverCutThem() {
        let legend = Legend(["y: mean tau", "x: parameters, billions (log)", "● Q1 rarest", "○ Q2", "◆ Q3"])
        #expect(legend.lines(width: 30) == ["y: mean tau", "x: parameters, billions (log)", "● Q1 rarest  ○ Q2  ◆ Q3"])
        #expect(legend.lines(width: 200).count == 1)
        #expect(legend.lines(width: 0).isEmpty)
        // Every entry is on some line, whole.
        for width in 12...60 {
            let text = legend.lines(width: width).joined(separator: "\n")
            #expect(legend.entries.allSatisfy { width < 29 && $0.count > width || text.contains($0) })
        }
    }

    /// Log edges 1 … 899,200 in five equal bins (15.5, 241, 3735, 58k) round to one significant digit: 20, 200, 4000,
    /// 60k; the ends go outward (1, 900k), so every value keeps its bin.
    @Test func shadeEdgesAreRound() {
        let scale = ShadeScale.rounded(values: [1, 899_200], kind: .log)
        #expect(scale.edges == [1, 20, 200, 4000, 60_000, 900_000])
        #expect([1, 19, 20, 899_200, 0].map(scale.bin) == [0, 0, 1, 4, 0])
        let linear = ShadeScale.rounded(values: [0.013, 0.987], kind: .linear)
        #expect(abs(linear.edges[0] - 0.013) < 1e-12 && abs(linear.edges[5] - 0.99) < 1e-12)
    }

    /// Row shading: each cell is its share of the row's block; gender and race blocks are scaled apart; the largest
    /// cell of each block is marked.
    @Test func rowShadingUsesSharesPerBlockAndMarksTheMaximum() {
        let heatmap = Heatmap(rowLabels: ["flu"], columnLabels: ["m", "f", "w", "b"], values: [[90, 10, 1, 3]],
                              scale: .log, cellWidth: 2, blocks: [("gender", 0..<2), ("race", 2..<4)], shade: .row,
                              marksRowMaximum: true)
        // shares: m 90 % (bin 4), f 10 % (bin 1), w 25 % (bin 2), b 75 % (bin 4).
        #expect(heatmap.shadedValue(0, 0, block: 0..<2) == 90 && heatmap.shadedValue(0, 3, block: 2..<4) == 75)
        let screen = Gallery.render(heatmap, width: 90, height: 6, options: RenderOptions(charset: .ascii))
        let text = PlainTextEncoder.encode(screen)
        #expect(PlainTextEncoder.line(screen, row: 1) == "flu @# .. :: @#")
        #expect(text.contains("share of the row's block, %: [ ]0-10 [.]10-20 [:]20-40 [*]40-60 [#]60-100"))
        #expect(text.contains("@ = largest in its row's block"))
        var global = heatmap
        global.shade = .global
        let globalText = PlainTextEncoder.encode(Gallery.render(global, width: 90, height: 6,
                                                                options: RenderOptions(charset: .ascii)))
        // Narrow ranges take a second digit: gender 10…90 → 16, 24, 37, 58; race 1…3 → 1.2, 1.6, 1.9, 2.4.
        #expect(globalText.contains("gender: [ ]10-16 [.]16-24 [:]24-37 [*]37-58 [#]58-90 (log)"), "\(globalText)")
        #expect(globalText.contains("race: [ ]1-1.2 [.]1.2-1.6 [:]1.6-1.9 [*]1.9-2.4 [#]2.4-3 (log)"), "\(globalText)")
    }

    @Test func figuresSayWhenTheyNeedMoreRoom() {
        let figure = PanelScatter(panels: [PanelScatter.Panel(title: "pythia", series: [
            ScatterSeries(name: "Q1", points: [PlotPoint(x: 0.07, y: 0.6), PlotPoint(x: 12, y: 0.7)])])],
                                  seriesNames: ["Q1"], xLabel: "parameters, billions", yLabel: "mean tau",
                                  xScale: .log)
        let small = PlainTextEncoder.encode(Gallery.render(figure, width: 30, height: 6, options: RenderOptions()))
        #expect(small.contains("needs") && small.contains("has 30×6"))
        let large = PlainTextEncoder.encode(Gallery.render(figure, width: 60, height: 16, options: RenderOptions()))
        #expect(large.contains("pythia") && large.contains("x: parameters, billions (log)") && large.contains("2 points plotted"))
        #expect(large.contains("·· joins a series in x order"))
    }

    @Test func charsetFollowsTheLocale() {
        #expect(Charset.forLocale(["LANG": "en_US.UTF-8"]) == .unicode)
        #expect(Charset.forLocale(["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == .ascii)
        #expect(Charset.forLocale(["LC_ALL": "", "LC_CTYPE": "de_DE.utf8"]) == .unicode)
        #expect(Charset.forLocale([:]) == .ascii)
        #expect(Charset.localeDescription(["LC_ALL": "C"]) == "LC_ALL=C")
    }

    @Test func foldingLeavesOnlyASCII() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("a│─…糖", x: 0, y: 0)
        buffer.foldToASCII()
        #expect(PlainTextEncoder.line(buffer, row: 0).unicodeScalars.allSatisfy { $0.isASCII })
        #expect(PlainTextEncoder.line(buffer, row: 0).hasPrefix("a|-~?"))
        // The tab "Tau×Size" and a minus sign keep their meaning in ASCII.
        var tab = Buffer(width: 10, height: 1)
        tab.put("Tau×Size −1", x: 0, y: 0)
        tab.foldToASCII()
        #expect(PlainTextEncoder.line(tab, row: 0) == "TauxSize -")
    }
}
