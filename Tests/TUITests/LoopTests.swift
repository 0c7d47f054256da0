import Analysis
import Foundation
import Testing
@testable import TUI
import Views

@Suite struct LoopTests {
    func run(_ events: [TerminalEvent], size: TerminalSize = TerminalSize(width: 100, height: 30),
             directory: URL = FileManager.default.temporaryDirectory) throws -> (ExitReason, MemoryTerminal) {
        let terminal = MemoryTerminal(size: size, events: events)
        let reason = try Explorer.run(terminal: terminal, dataset: TestDataset.make(),
                                      state: AppState(pane: PaneState(view: .windows)),
                                      exporter: ExportWriter(directory: directory, timestamp: { "T" }), idleLimit: 1)
        return (reason, terminal)
    }

    @Test func controlCQuitsFromAnywhere() throws {
        for prefix: [TerminalEvent] in [[], [.key(.character("f"))], [.key(.character("/"))], [.key(.character("?"))]] {
            let (reason, terminal) = try run(prefix + [.key(.control("c")), .key(.tab)])
            #expect(reason == .quit)
            #expect(!terminal.isExhausted)  // the Tab after Ctrl-C was never read
        }
    }

    @Test func signalsEndTheLoopWithTheShellStatus() throws {
        #expect(try run([.signal(.terminate)]).0.status == 143)
        #expect(try run([.signal(.interrupt)]).0.status == 130)
        #expect(try run([.signal(.hangup)]).0.status == 129)
    }

    @Test func everyEventRedrawsAndResizeChangesTheFrame() throws {
        let (reason, terminal) = try run([.key(.tab), .resize(TerminalSize(width: 20, height: 5)), .key(.tab)])
        #expect(reason == .endOfInput)
        #expect(terminal.frames.count == 4)
        #expect(terminal.frames[0].plainText().hasPrefix("[1 Windows] 2 Counts"))
        #expect(terminal.frames[1].plainText().hasPrefix(" 1 Windows [2 Counts]"))
        #expect(terminal.frames[2].width == 20)
        #expect(terminal.screen.hasPrefix("Terminal too small"))
    }

    /// A 20 KB paste into the model filter is one edit: applied once, capped, drawn in a couple of frames.
    @Test func pasteIntoAPromptIsOneCappedEditDrawnOnce() throws {
        let paste = String(repeating: "a", count: 20_000)
        let started = ContinuousClock.now
        let (_, terminal) = try run([.key(.character("f"))] + paste.map { .key(.character($0)) } + [.key(.enter)])
        let elapsed = ContinuousClock.now - started
        #expect(terminal.frames.count <= 4)
        #expect(terminal.screen.contains("models: " + String(repeating: "a", count: 30)))
        #expect(elapsed < .seconds(10))
    }

    @Test func controlZSuspendsThroughTheTerminal() throws {
        let (_, terminal) = try run([.key(.control("z"))])
        #expect(terminal.suspendCount == 1)
    }

    @Test func exportKeyWritesFilesAndSaysWhere() throws {
        let directory = try TemporaryDirectory()
        let (_, terminal) = try run([.key(.character("7")), .key(.character("x")), .key(.enter)],
                                    directory: directory.url)
        let name = "tau-correct-hf-american-en-race-tmpl0-9-w250.txt"
        let last = terminal.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last == "wrote ./" + name)
        #expect(try directory.names() == [name])
        // The same name again is never overwritten: the status line says so.
        let (_, again) = try run([.key(.character("7")), .key(.character("x")), .key(.enter)], directory: directory.url)
        #expect(again.screen.contains("not overwritten: " + name + " exists"))
    }
}

/// A fresh folder under the system's temporary directory, removed when the value is released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tui-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
