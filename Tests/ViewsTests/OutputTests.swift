import Testing
@testable import Views

@Suite struct OutputTests {
    @Test func colorModeDecision() {
        let term = ["TERM": "xterm-256color"]
        #expect(ColorMode.auto.isEnabled(environment: term, isTerminal: true))
        #expect(!ColorMode.auto.isEnabled(environment: term, isTerminal: false))
        #expect(!ColorMode.auto.isEnabled(environment: ["TERM": "xterm", "NO_COLOR": "1"], isTerminal: true))
        #expect(ColorMode.auto.isEnabled(environment: ["TERM": "xterm", "NO_COLOR": ""], isTerminal: true))
        #expect(!ColorMode.auto.isEnabled(environment: ["TERM": "dumb"], isTerminal: true))
        #expect(!ColorMode.auto.isEnabled(environment: [:], isTerminal: true))
        #expect(ColorMode.always.isEnabled(environment: ["NO_COLOR": "1"], isTerminal: false))
        #expect(!ColorMode.never.isEnabled(environment: term, isTerminal: true))
    }

    @Test func plainTextTrimsAndEndsLines() {
        var buffer = Buffer(width: 6, height: 2)
        buffer.put("ab  ", x: 1, y: 0)
        #expect(buffer.encoded(as: .text) == " ab\n\n")
        #expect(Buffer(width: 0, height: 0).encoded(as: .text) == "")
    }

    @Test func ansiWritesOnlySGR() {
        var buffer = Buffer(width: 12, height: 2)
        buffer.put("ab", x: 0, y: 0, style: Style(foreground: .indexed(196), bold: true))
        buffer.put("c", x: 2, y: 0, style: Style(background: .indexed(17), reverse: true))
        buffer.put("\u{1B}[2J\u{1B}]52;c;x\u{07}", x: 0, y: 1, style: Style(underline: true))
        let ansi = buffer.encoded(as: .ansi)
        #expect(ansi.hasPrefix("\u{1B}[0;1;38;5;196mab\u{1B}[0;7;48;5;17mc\u{1B}[0m\n"))
        #expect(Self.escapeSequences(in: ansi).allSatisfy(Self.isSGR))
        #expect(Self.escapeSequences(in: ansi).count == 5)
    }

    @Test func ansiOfEveryWidgetHasOnlySGR() {
        for (name, widget) in Gallery.widgets {
            let buffer = Gallery.render(widget, width: 40, height: 10, options: RenderOptions(color: true))
            let sequences = Self.escapeSequences(in: buffer.encoded(as: .ansi))
            #expect(sequences.allSatisfy(Self.isSGR), "\(name): \(sequences)")
        }
    }

    @Test func markdownFenceOutgrowsBackticks() {
        var buffer = Buffer(width: 10, height: 1)
        buffer.put("a```b", x: 0, y: 0)
        #expect(buffer.encoded(as: .markdown) == "````text\na```b\n````\n")
    }

    @Test func markdownTableEscapesPipes() {
        let text = MarkdownEncoder.table(header: ["name", "n"], alignments: [.left, .right],
                                         rows: [["=cmd|x\u{1B}", "3"], ["flu"]])
        #expect(text == "| name | n |\n| --- | ---: |\n| =cmd\\|x\\\\x1b | 3 |\n| flu |  |\n")
    }

    /// Every ESC and what follows up to the final byte (0x40–0x7E), or the rest of the text.
    static func escapeSequences(in text: String) -> [String] {
        var sequences: [String] = []
        var scalars = Array(text.unicodeScalars)[...]
        while let start = scalars.firstIndex(of: "\u{1B}") {
            var end = start + 1
            if end < scalars.endIndex, scalars[end] == "[" { end += 1 }
            while end < scalars.endIndex, !(0x40...0x7E).contains(scalars[end].value) { end += 1 }
            let stop = min(end + 1, scalars.endIndex)
            sequences.append(String(String.UnicodeScalarView(scalars[start..<stop])))
            scalars = scalars[stop...]
        }
        return sequences
    }

    /// `ESC [` digits and semicolons `m`.
    static func isSGR(_ sequence: String) -> Bool {
        let body = sequence.unicodeScalars.dropFirst(2).dropLast()
        return sequence.hasPrefix("\u{1B}[") && sequence.hasSuffix("m")
            && body.allSatisfy { ("0"..."9").contains($0) || $0 == ";" }
    }
}
