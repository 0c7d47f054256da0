import Foundation
import Testing

/// Golden screens: plain-text files under `Tests/ViewsTests/Golden/`, found through `#filePath` so that recording
/// writes into the source tree. Record (or re-record) with `RECORD_GOLDEN=1 swift test --filter ViewsTests`;
/// otherwise a mismatch fails with the differing lines, numbered.
enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden")
    }

    static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `actual` with the golden file `name` (e.g. `table-unicode-40x8.txt`), or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
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
