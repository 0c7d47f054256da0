import Analysis
import Testing
@testable import Views

/// Panes on a synthetic dataset: the problems pane's goldens, and every pane at tiny sizes.
@Suite struct PaneTests {
    static let dataset: Dataset = {
        let diseases = [Disease(id: 0, name: "asthma", key: "asthma", synonyms: [], promptName: "asthma"),
                        Disease(id: 1, name: "糖尿病", key: "diabetes", synonyms: [], promptName: "diabetes")]
        let vocabulary = Vocabulary(diseases: diseases,
                                    models: ModelCatalog(parametersMillions: [:], groups: [], alignmentPairs: []),
                                    templates: [:], diseaseLookup: [:], promptNames: [:])
        let problems = [
            DataProblem(.note, path: "logits/pythia-70m.csv", reason: "NaN logits (known quirk)"),
            DataProblem(.error, path: "counts/w250.json", place: "line 3", reason: "malformed JSON"),
            DataProblem(.warning, path: "counts/\u{1B}]52;c;x\u{07}.json", place: "key \"flu\u{202E}\"",
                        reason: "unmapped name =cmd|' /C calc'!A0 dropped"),
        ]
        return Dataset(rootName: "synthetic", vocabulary: vocabulary,
                       models: [ModelInfo(id: "pythia-70m", family: "pythia", parametersMillions: 70, source: .huggingFace)],
                       cooccurrence: [:], documentTotals: [], logitTables: [], prevalence: [:],
                       filesRead: ["a.json", "b.json", "c.csv"], problems: problems)
    }()

    static func screen(_ view: ViewID, width: Int, height: Int, options: RenderOptions) -> (Buffer, PaneSummary) {
        var buffer = Buffer(width: width, height: height)
        let summary = Panes.render(PaneState(view: view), dataset: dataset, into: &buffer, area: buffer.area,
                                   options: options)
        return (buffer, summary)
    }

    @Test(arguments: Charset.allCases, [(80, 24), (160, 48)])
    func problemsPaneMatchesGolden(charset: Charset, size: (Int, Int)) {
        let (buffer, _) = Self.screen(.problems, width: size.0, height: size.1, options: RenderOptions(charset: charset))
        Golden.check(buffer, named: "pane-problems-\(charset.rawValue)-\(size.0)x\(size.1).txt")
    }

    @Test func problemsPaneReportsInventoryAndOrder() {
        let (buffer, summary) = Self.screen(.problems, width: 100, height: 10, options: RenderOptions())
        #expect(PlainTextEncoder.line(buffer, row: 0)
            == "files read: 3 · models: 1 · diseases: 2 · problems: 3 (1 errors, 1 warnings, 1 notes)")
        #expect(PlainTextEncoder.line(buffer, row: 3).hasPrefix("error   │counts/w250.json"))
        #expect(PlainTextEncoder.line(buffer, row: 4).contains("\\x1b]52;c;x\\x07.json"))
        #expect(PlainTextEncoder.line(buffer, row: 4).contains("\\u202e"))
        #expect(summary.totalRows == 3 && summary.shownRows == 3)
        #expect(summary.columns == ["severity", "path", "place", "reason"])
        #expect(summary.caption == "synthetic · correct · race · window 250 · co-occurrence counts and real prevalence")
    }

    @Test func everyPaneSurvivesTinyAreas() {
        for view in ViewID.allCases {
            for (width, height) in [(0, 0), (1, 1), (2, 2), (80, 24)] {
                var buffer = Buffer(width: 4, height: 4)
                let area = Rect(x: 1, y: 1, width: width, height: height)
                _ = Panes.render(PaneState(view: view), dataset: Self.dataset, into: &buffer, area: area)
                for y in 0..<4 {
                    for x in 0..<4 where !area.intersection(buffer.area).contains(x: x, y: y) {
                        #expect(buffer[x, y] == .blank, "\(view) drew outside \(area) at (\(x), \(y))")
                    }
                }
            }
        }
    }

    @Test func ansiOfAPaneHasOnlySGR() {
        let (buffer, _) = Self.screen(.problems, width: 80, height: 24, options: RenderOptions(color: true))
        #expect(OutputTests.escapeSequences(in: buffer.encoded(as: .ansi)).allSatisfy(OutputTests.isSGR))
    }
}

extension Rect {
    func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
}
