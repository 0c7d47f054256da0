import Analysis
import Foundation
import Testing
@testable import Views

/// The Section 3 panes on the embedded data: goldens at 80×24 and 160×48 in both charsets, tiny areas, drill-downs.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct Section3PaneTests {
    static let views: [ViewID] = [.languages, .tfVsRaw, .alignment, .paperVsCorrect]

    var dataset: Dataset { EmbeddedData.dataset! }

    func screen(_ state: PaneState, _ width: Int = 160, _ height: Int = 48,
                _ options: RenderOptions = RenderOptions()) -> (String, PaneSummary) {
        var buffer = Buffer(width: width, height: height)
        let summary = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area, options: options)
        return (PlainTextEncoder.encode(buffer), summary)
    }

    func line(_ text: String, startingWith prefix: String) -> String? {
        text.split(separator: "\n").map(String.init).first { $0.hasPrefix(prefix) }
    }

    @Test(arguments: views)
    func paneMatchesGoldens(view: ViewID) {
        Golden.checkPane(PaneState(view: view), named: view.rawValue, dataset: dataset)
    }

    /// Drilled forms (a model's hf vs hf_tf diseases, a pair's flips, a table's cells) at 160×48, Unicode.
    @Test func drilledFormsMatchGoldens() {
        var tf = PaneState(view: .tfVsRaw, drill: .model("EleutherAI/pythia-70m-deduped"))
        tf.filters.context = .plain
        let states: [(String, PaneState)] = [
            ("tf-vs-raw-model", tf),
            ("alignment-pair", PaneState(view: .alignment,
                                         drill: .alignmentPair(base: "Qwen/Qwen1.5-7B", aligned: "Qwen/Qwen1.5-7B-Chat"))),
            ("paper-vs-correct-table", PaneState(view: .paperVsCorrect, drill: .table("alignment_pairs.csv"))),
        ]
        for (name, state) in states {
            Golden.check(screen(state).0, named: "pane-\(name)-unicode-160x48.txt")
        }
    }

    @Test(arguments: views)
    func paneSurvivesTinyAreasAndDrills(view: ViewID) {
        let drills: [DrillTarget?] = [nil, .disease(0), .model("EleutherAI/pythia-70m-deduped"),
                                      .alignmentPair(base: "Qwen/Qwen1.5-7B", aligned: "Qwen/Qwen1.5-7B-Chat"),
                                      .alignmentPair(base: "x", aligned: "y"), .table("tau_real.csv"), .table("none")]
        for drill in drills {
            for (width, height) in [(0, 0), (1, 1), (2, 3)] {
                _ = screen(PaneState(view: view, drill: drill), width, height)
            }
            // A drill the pane cannot open still draws a headline and a message, never a blank pane.
            let (text, _) = screen(PaneState(view: view, drill: drill), 120, 20)
            #expect(!(text.split(separator: "\n").first ?? "").isEmpty)
        }
    }

    /// Paper mode, gender, another language and colour: headline, body and caption still drawn.
    @Test(arguments: views)
    func paneDrawsUnderOtherFilters(view: ViewID) {
        var state = PaneState(view: view)
        state.filters.mode = .paper
        state.filters.group = .gender
        state.filters.language = .zh
        state.filters.bottom = true
        let (text, summary) = screen(state, 120, 30)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!(lines.first ?? "").isEmpty)
        #expect(lines.count >= 3 && lines[1].trimmingCharacters(in: .whitespaces) != "")
        #expect(summary.caption.contains("paper") && summary.caption.contains("gender"))
    }
}
