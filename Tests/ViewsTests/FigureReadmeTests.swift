import Analysis
import Foundation
import Testing
@testable import Views

/// The README's figures are what `render` prints now: each block after a `<!-- figure: VIEW OPTIONS -->` marker is
/// drawn again here the way `render` draws it (no cursor, the named charset) and compared.
/// `bench/update-readme-figures.sh` rewrites the blocks after an intended change.
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct FigureReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func readmeFiguresMatchRender() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "<!-- figure: (.*?) -->\n```text\n(.*?)\n```",
                                              options: [.dotMatchesLineSeparators])
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        #expect(matches.count == 3)
        for match in matches {
            guard let argumentsRange = Range(match.range(at: 1), in: text),
                  let blockRange = Range(match.range(at: 2), in: text) else { continue }
            let arguments = String(text[argumentsRange])
            #expect(try render(arguments) == String(text[blockRange]),
                    "README figure '\(arguments)' is out of date: run bench/update-readme-figures.sh")
        }
    }

    /// `VIEW [--width W] [--height H] [--charset C] [--shade S] [--top N] [--last N]`, as `render` reads them.
    func render(_ arguments: String) throws -> String {
        var words = arguments.split(separator: " ").map(String.init)
        let view = try #require(ViewID(rawValue: words.removeFirst()))
        var options: [String: String] = [:]
        while words.count >= 2 { options[words.removeFirst()] = words.removeFirst() }
        var state = PaneState(view: view)
        state.filters.top = options["--top"].flatMap { Int($0) }
        state.filters.shade = options["--shade"].flatMap(HeatmapShade.init(rawValue:)) ?? .global
        var buffer = Buffer(width: Int(options["--width"] ?? "100") ?? 100, height: Int(options["--height"] ?? "40") ?? 40)
        let charset = options["--charset"].flatMap(Charset.init(rawValue:)) ?? .unicode
        _ = Panes.render(state, dataset: EmbeddedData.dataset!, into: &buffer, area: buffer.area,
                         options: RenderOptions(charset: charset, showsCursor: false))
        var lines = PlainTextEncoder.encode(buffer).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        while lines.last == "" { lines.removeLast() }
        if let last = options["--last"].flatMap({ Int($0) }) { lines = Array(lines.suffix(last)) }
        return lines.joined(separator: "\n")
    }
}
