import Testing
@testable import Views

/// Hostile names from issue 10: every control or invisible character becomes a visible escape, in text and cells.
@Suite struct SafeTextTests {
    @Test func clipboardWriteIsEscaped() {
        #expect(SafeText.sanitized("\u{1B}]52;c;ZXZpbA==\u{07}") == "\\x1b]52;c;ZXZpbA==\\x07")
    }

    @Test func clearScreenIsEscaped() {
        #expect(SafeText.sanitized("flu\u{1B}[2J") == "flu\\x1b[2J")
    }

    @Test func hyperlinkIsEscaped() {
        let osc8 = "\u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        #expect(SafeText.sanitized(osc8) == "\\x1b]8;;http://evil.example\\x1b\\click\\x1b]8;;\\x1b\\")
    }

    @Test func bidiOverrideAndInvisiblesAreEscaped() {
        #expect(SafeText.sanitized("abc\u{202E}fed") == "abc\\u202efed")
        #expect(SafeText.sanitized("\u{2066}x\u{2069}\u{200B}\u{FEFF}\u{2060}") == "\\u2066x\\u2069\\u200b\\ufeff\\u2060")
    }

    @Test func nulDelAndC1AreEscaped() {
        #expect(SafeText.sanitized("a\u{0}b\u{7F}c\u{9B}2J") == "a\\x00b\\x7fc\\x9b2J")
        #expect(SafeText.sanitized("line\nbreak\ttab\r") == "line\\x0abreak\\x09tab\\x0d")
    }

    /// A spreadsheet formula is harmless on a terminal; it is neutralised only in CSV (issue 10, part 2).
    @Test func formulaTextPassesThrough() {
        #expect(SafeText.sanitized("=cmd|' /C calc'!A0") == "=cmd|' /C calc'!A0")
        #expect(SafeText.sanitized("糖尿病 é") == "糖尿病 é")
    }

    @Test func sanitisingIsIdempotent() {
        let once = SafeText.sanitized("\u{1B}[31m\u{202E}")
        #expect(SafeText.sanitized(once) == once)
    }

    @Test func bufferCellsNeverHoldControls() {
        var buffer = Buffer(width: 60, height: 3)
        buffer.put("\u{1B}]52;c;x\u{07}\u{1B}[2J\u{202E}\u{0}", x: 0, y: 0)
        buffer.set(x: 0, y: 1, Cell("\u{1B}"))
        buffer.set(x: 1, y: 1, Cell("\u{202E}"))
        buffer.fill(Rect(x: 0, y: 2, width: 3, height: 1), with: Cell("\u{7}"))
        for cell in buffer.cells {
            #expect(!cell.character.unicodeScalars.contains(where: SafeText.isUnsafe))
        }
        #expect(PlainTextEncoder.line(buffer, row: 0) == "\\x1b]52;c;x\\x07\\x1b[2J\\u202e\\x00")
        #expect(PlainTextEncoder.line(buffer, row: 1) == "??")
    }
}
