import Analysis
import Foundation
import Testing
@testable import Views

/// Golden screens: plain-text files under `Tests/ViewsTests/Golden/` (the text, then for figures and panes the style
/// runs of every row), found through `#filePath` so that recording writes into the source tree. Record (or re-record)
/// with `RECORD_GOLDEN=1 swift test --filter ViewsTests`: changed files are written and their tests fail until run
/// again without it; otherwise a mismatch fails with the differing lines, numbered.
enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden")
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares a buffer's text and its style runs (`styleRuns`) with the golden file `name`, or records both.
    static func check(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        check(PlainTextEncoder.encode(buffer) + "── styles (row: columns style) ──\n" + styleRuns(buffer), named: name,
              sourceLocation: sourceLocation)
    }

    /// A pane at the golden sizes (80×24, 100×32) in both charsets, as `pane-NAME-CHARSET-WxH.txt`.
    static func checkPane(_ state: PaneState, named name: String, dataset: Dataset,
                          sourceLocation: SourceLocation = #_sourceLocation) {
        for charset in Charset.allCases {
            for (width, height) in [(80, 24), (100, 32)] {
                var buffer = Buffer(width: width, height: height)
                _ = Panes.render(state, dataset: dataset, into: &buffer, area: buffer.area,
                                 options: RenderOptions(charset: charset))
                check(buffer, named: "pane-\(name)-\(charset.rawValue)-\(width)x\(height).txt",
                      sourceLocation: sourceLocation)
            }
        }
    }

    /// One line per row with styled cells: runs of one non-plain style as `row: first-last bold,reverse fg=39`
    /// (ratatui's buffer debug listing, compacted); plain cells are not listed.
    static func styleRuns(_ buffer: Buffer) -> String {
        var lines: [String] = []
        for y in 0..<buffer.height {
            var runs: [String] = [], x = 0
            while x < buffer.width {
                let style = buffer[x, y].style
                var end = x
                while end + 1 < buffer.width && buffer[end + 1, y].style == style { end += 1 }
                if style != .plain { runs.append("\(x)-\(end) \(describe(style))") }
                x = end + 1
            }
            if !runs.isEmpty { lines.append("\(y): " + runs.joined(separator: "; ")) }
        }
        return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
    }

    static func describe(_ style: Style) -> String {
        var parts: [String] = []
        if style.bold { parts.append("bold") }
        if style.dim { parts.append("dim") }
        if style.reverse { parts.append("reverse") }
        if style.underline { parts.append("underline") }
        if case .indexed(let color) = style.foreground { parts.append("fg=\(color)") }
        if case .indexed(let color) = style.background { parts.append("bg=\(color)") }
        return parts.joined(separator: ",")
    }

    /// Compares `actual` with the golden file `name` (e.g. `table-unicode-40x8.txt`), or records it. Recording
    /// writes the file and then fails the test, so that a recorded screen is reviewed before it is trusted
    /// (swift-argument-parser's snapshot helper does the same).
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                let previous = try? String(contentsOf: file, encoding: .utf8)
                guard previous != actual else { return }
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record("recorded golden \(name): review it (git diff), then run again without RECORD_GOLDEN",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record golden \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("golden \(name) is missing; record it with RECORD_GOLDEN=1 swift test --filter ViewsTests",
                         sourceLocation: sourceLocation)
            return
        }
        if let difference = describeDifference(expected: expected, actual: actual) {
            Issue.record("golden \(name) differs (re-record with RECORD_GOLDEN=1 if intended):\n\(difference)",
                         sourceLocation: sourceLocation)
        }
    }

    /// Line-by-line difference: up to 12 differing lines as `-  n|expected` / `+  n|actual`; nil when equal.
    static func describeDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(old.count, new.count) where lines.count < 24 {
            let before = index < old.count ? String(old[index]) : nil
            let after = index < new.count ? String(new[index]) : nil
            guard before != after else { continue }
            let number = String(index + 1).leftPadded(to: 3)
            lines.append("-\(number)|" + (before ?? "<no line>"))
            lines.append("+\(number)|" + (after ?? "<no line>"))
        }
        return lines.joined(separator: "\n")
    }
}

extension String {
    func leftPadded(to width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
