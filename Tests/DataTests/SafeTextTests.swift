import Analysis
import Testing

@Suite struct SafeTextTests {
    @Test func escapesControlAndBidiCharacters() {
        #expect(sanitizedForTerminal("\u{1B}]52;c;ZXZpbA==\u{07}") == "\\x1b]52;c;ZXZpbA==\\x07")
        #expect(sanitizedForTerminal("\u{1B}[2J") == "\\x1b[2J")
        #expect(sanitizedForTerminal("abc\u{202E}def") == "abc\\u202edef")
        #expect(sanitizedForTerminal("a\u{0}b\u{9B}c\u{2066}") == "a\\x00b\\x9bc\\u2066")
        #expect(sanitizedForTerminal("line\nbreak\ttab\u{7F}") == "line\\x0abreak\\x09tab\\x7f")
    }

    @Test func leavesOrdinaryTextAlone() {
        for text in ["crohn’s disease", "人类免疫缺陷病毒", "=cmd|' /C calc'!A0", "isleño del Pacífico", ""] {
            #expect(sanitizedForTerminal(text) == text)
        }
    }
}
