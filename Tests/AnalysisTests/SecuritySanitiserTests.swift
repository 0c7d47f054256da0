import Analysis
import Testing

/// The package's one terminal sanitiser (issue 10): which scalars are escaped, and how.
@Suite struct SecuritySanitiserTests {
    /// Every range named in the doc comment, at both ends, is escaped; its neighbours outside are not.
    @Test func everyListedRangeIsEscapedAtBothEnds() {
        let unsafe: [UInt32] = [0x00, 0x1F, 0x7F, 0x80, 0x9F, 0xAD, 0x061C, 0x180E, 0x200B, 0x200F, 0x2028, 0x2029,
                                0x202A, 0x202E, 0x2060, 0x2064, 0x2066, 0x2069, 0xFEFF, 0xFFF9, 0xFFFB, 0xE0000, 0xE007F,
                                0x206A, 0x0600, 0x1D173]  // the last three: other general-category Cf scalars
        for value in unsafe {
            let scalar = Unicode.Scalar(value).map(String.init) ?? ""
            #expect(!sanitizedForTerminal(scalar).unicodeScalars.contains { $0.value == value }, "U+\(value)")
        }
        for value: UInt32 in [0x20, 0x7E, 0xA0, 0xAE, 0x200A, 0x2010, 0x202F, 0x2070, 0xFFFC, 0xE0080] {
            let scalar = Unicode.Scalar(value).map(String.init) ?? ""
            #expect(sanitizedForTerminal(scalar) == scalar, "U+\(value)")
        }
    }

    /// The escapes: two hex digits below U+0100, four (or more) above, lower case.
    /// The fast paths give the rule's answer: every scalar of U+2070…U+2FFF is safe because none is a format
    /// character, and printable ASCII comes back as the same string.
    @Test func fastPathsAgreeWithTheGeneralCategoryRule() {
        for value: UInt32 in 0x2070...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.properties.generalCategory != .format, "U+\(String(value, radix: 16)) is a format character")
            #expect(!isUnsafeForTerminal(scalar))
        }
        #expect((0...255).map(UInt8.init).filter(isPrintableASCII) == Array(0x20...0x7E))
        let ascii = String((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) })
        #expect(sanitizedForTerminal(ascii) == ascii)
        #expect(sanitizedForTerminal(ascii + "\u{1B}") == ascii + "\\x1b")
    }

    @Test func escapesAreReadable() {
        #expect(sanitizedForTerminal("\u{1B}]52;c;ZXZpbA==\u{07}") == "\\x1b]52;c;ZXZpbA==\\x07")
        #expect(sanitizedForTerminal("\u{9B}2J\u{AD}") == "\\x9b2J\\xad")
        #expect(sanitizedForTerminal("abc\u{202E}fed\u{2066}") == "abc\\u202efed\\u2066")
        #expect(sanitizedForTerminal("tag\u{E0041}") == "tag\\ue0041")
        #expect(sanitizedForTerminal("a\u{0}b") == "a\\x00b")
    }

    /// OSC 8 (hyperlink) and OSC 0 (window title) lose every ESC and BEL; the backslash of ST is kept as text.
    @Test func oscSequencesAreDefused() {
        let link = "\u{1B}]8;;http://evil.example\u{1B}\\click\u{1B}]8;;\u{1B}\\"
        #expect(sanitizedForTerminal(link) == "\\x1b]8;;http://evil.example\\x1b\\click\\x1b]8;;\\x1b\\")
        #expect(sanitizedForTerminal("\u{1B}]0;pwned\u{07}") == "\\x1b]0;pwned\\x07")
    }

    @Test func ordinaryTextIsUnchangedAndSanitisingIsIdempotent() {
        for text in ["crohn’s disease", "人类免疫缺陷病毒", "=cmd|' /C calc'!A0", "a\\x1b", "👩‍⚕️", ""] {
            let once = sanitizedForTerminal(text)
            #expect(sanitizedForTerminal(once) == once)
        }
        #expect(sanitizedForTerminal("isleño del Pacífico") == "isleño del Pacífico")
        #expect(isUnsafeForTerminal(Character("\u{1B}")) && !isUnsafeForTerminal(Character("é")))
    }
}
