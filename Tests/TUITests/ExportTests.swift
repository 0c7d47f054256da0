import Analysis
import Foundation
import Testing
@testable import TUI
import Views

@Suite struct ExportTests {
    let dataset = TestDataset.make()
    let size = TerminalSize(width: 40, height: 10)

    @Test func writesThreeNewFilesAndNeverOverwrites() throws {
        let directory = try TemporaryDirectory()
        let writer = ExportWriter(directory: directory.url, timestamp: { "20261129-093000" })
        let existing = directory.url.appendingPathComponent("biasexplorer-tau-20261129-093000-1.csv")
        try Data("keep me".utf8).write(to: existing)
        let first = try writer.export(PaneState(view: .tau), dataset: dataset, size: size)
        let second = try writer.export(PaneState(view: .tau), dataset: dataset, size: size)
        #expect(first.files.map(\.lastPathComponent) == ["biasexplorer-tau-20261129-093000.txt",
                                                         "biasexplorer-tau-20261129-093000.ansi",
                                                         "biasexplorer-tau-20261129-093000.csv"])
        // -1 is taken by the csv that was already there, so the second export moves on to -2, leaving no -1 files.
        #expect(second.files.map(\.lastPathComponent) == ["biasexplorer-tau-20261129-093000-2.txt",
                                                          "biasexplorer-tau-20261129-093000-2.ansi",
                                                          "biasexplorer-tau-20261129-093000-2.csv"])
        #expect(try String(contentsOf: existing, encoding: .utf8) == "keep me")
        #expect(try directory.names().count == 7)
        let text = try String(contentsOf: first.files[0], encoding: .utf8)
        #expect(text.hasPrefix("Mean Kendall tau-b"))  // the tau pane's headline
        let ansi = try String(contentsOf: first.files[1], encoding: .utf8)
        #expect(ansi.hasPrefix("\u{1B}[0;1mMean Kendall tau-b"))
    }

    @Test func missingFolderIsAClearError() {
        let writer = ExportWriter(directory: URL(fileURLWithPath: "/nonexistent-folder-for-tests"), timestamp: { "T" })
        #expect(throws: ExportError.self) { try writer.export(PaneState(view: .tau), dataset: dataset, size: size) }
        let message = Explorer.performExport(PaneState(view: .tau), dataset: dataset, size: size, exporter: writer)
        #expect(message.hasPrefix("export failed: cannot write in /nonexistent-folder-for-tests"))
    }

    @Test func ansiEncoderEmitsOnlyItsOwnEscapes() {
        var buffer = Buffer(width: 6, height: 1)
        buffer.put("ab", x: 0, y: 0, style: Style(foreground: .indexed(196), underline: true))
        buffer.set(x: 3, y: 0, Cell("\u{1B}"))
        #expect(buffer.encoded(as: .ansi) == "\u{1B}[0;4;38;5;196mab\u{1B}[0m ?\n")
    }
}
