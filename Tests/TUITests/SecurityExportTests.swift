import Analysis
import Data
import Foundation
import Testing
@testable import TUI
import Views

/// The explorer's screen and exports with `fixtures/hostile/root` loaded, and exports against planted symlinks
/// (issue 10).
@Suite struct SecurityExportTests {
    static let hostileRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/hostile/root")
    let size = TerminalSize(width: 120, height: 30)

    /// No C0/C1, DEL, bidi or invisible format character, except line breaks and the SGR sequences of `.ansi`.
    func isTerminalSafe(_ text: String, ansi: Bool = false) -> Bool {
        var scalars = Array(text.unicodeScalars)
        if ansi { scalars = Self.removingSGR(scalars) }
        return !scalars.contains { $0 != "\n" && isUnsafeForTerminal($0) }
    }

    /// Drops every `ESC [ digits/; m`; any other ESC stays (and fails the check).
    static func removingSGR(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var kept: [Unicode.Scalar] = []
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) { end += 1 }
                if end < scalars.count, scalars[end] == "m" { index = end + 1; continue }
            }
            kept.append(scalars[index])
            index += 1
        }
        return kept
    }

    @Test func screenShowsHostileModelNamesOnlyAsEscapes() throws {
        let dataset = try DatasetLoader.load(DataRoot(url: Self.hostileRoot, name: "hostile\u{1B}]0;t\u{07}"))
        for view in ViewID.allCases {
            let frame = Explorer.render(AppState(pane: PaneState(view: view), size: size), dataset: dataset)
            #expect(frame.buffer.cells.allSatisfy { !isUnsafeForTerminal($0.character) }, "\(view)")
            #expect(isTerminalSafe(frame.buffer.encoded(as: .ansi), ansi: true), "\(view)")
        }
        let screen = Explorer.render(AppState(pane: PaneState(view: .tau), size: size), dataset: dataset).buffer
        #expect(screen.plainText().contains("\\x1b]52;c;ZXZpbA==\\x07clip"))
    }

    @Test func exportsOfTheHostileRootAreSafeAndNamedFromTheView() throws {
        let dataset = try DatasetLoader.load(DataRoot(url: Self.hostileRoot, name: "hostile"))
        let directory = try TemporaryDirectory()
        let writer = ExportWriter(directory: directory.url, timestamp: { "20261129-100000" })
        for view in [ViewID.problems, .tau, .counts] {
            let result = try writer.export(PaneState(view: view), dataset: dataset, size: size)
            #expect(result.files.map(\.lastPathComponent) == ["txt", "ansi", "csv"].map {
                "biasexplorer-\(view.rawValue)-20261129-100000.\($0)"
            })
            for file in result.files {
                let text = try String(contentsOf: file, encoding: .utf8)
                #expect(isTerminalSafe(text, ansi: file.pathExtension == "ansi"), "\(file.lastPathComponent)")
            }
        }
        let problems = try String(contentsOf: directory.url.appendingPathComponent(
            "biasexplorer-problems-20261129-100000.txt"), encoding: .utf8)
        #expect(problems.contains("\\x1b"))
    }

    /// A symlink planted at the would-be target (pointing at a victim, or dangling) is never written through:
    /// the export takes the next free name and the victim keeps its bytes.
    @Test func plantedSymlinksAtTheTargetAreNotFollowed() throws {
        let directory = try TemporaryDirectory()
        let victim = directory.url.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let stem = directory.url.appendingPathComponent("biasexplorer-tau-T").path
        try FileManager.default.createSymbolicLink(atPath: stem + ".txt", withDestinationPath: victim.path)
        try FileManager.default.createSymbolicLink(atPath: stem + "-1.ansi", withDestinationPath: "missing-target")
        let writer = ExportWriter(directory: directory.url, timestamp: { "T" })
        let result = try writer.export(PaneState(view: .tau), dataset: TestDataset.make(), size: size)
        #expect(result.files.map(\.lastPathComponent)
                == ["biasexplorer-tau-T-2.txt", "biasexplorer-tau-T-2.ansi", "biasexplorer-tau-T-2.csv"])
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("missing-target").path))
    }

    /// `tables --force` over a folder where a table's name is a symlink: the link is replaced, its target untouched.
    @Test func tableWriterReplacesAPlantedSymlinkWithoutFollowingIt() throws {
        let directory = try TemporaryDirectory()
        let victim = directory.url.appendingPathComponent("victim.txt")
        try Data("precious".utf8).write(to: victim)
        let target = directory.url.appendingPathComponent("t.csv")
        try FileManager.default.createSymbolicLink(atPath: target.path, withDestinationPath: victim.path)
        let table = TypedTable(name: "t.csv", header: ["model"], rows: [[.text("=cmd|' /C calc'!A0\u{1B}[2J")]])
        try TableWriter(folder: directory.url, force: true).write([table])
        #expect(try String(contentsOf: victim, encoding: .utf8) == "precious")
        let kind = try FileManager.default.attributesOfItem(atPath: target.path)[.type] as? FileAttributeType
        #expect(kind == .typeRegular, "the link itself was replaced by the table")
        #expect(try String(contentsOf: target, encoding: .utf8) == "model\n'=cmd|' /C calc'!A0\\x1b[2J\n")
        #expect(throws: TableWriterError.self) {
            try TableWriter(folder: directory.url).write([TypedTable(name: "../escape.csv", header: ["x"])])
        }
    }
}
