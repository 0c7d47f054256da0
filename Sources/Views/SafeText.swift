/// Makes text from data files safe to draw: every character a terminal could act on, or that hides or reorders
/// text, becomes a visible escape. C0 controls, DEL and C1 controls → `\xNN`; bidirectional overrides and
/// isolates (U+202A–U+202E, U+2066–U+2069), zero-width and invisible format characters (U+200B–U+200F,
/// U+2060–U+2064, U+FEFF) and line/paragraph separators (U+2028, U+2029) → `\uNNNN`. Everything else passes
/// through. Idempotent: the escapes are printable ASCII. Mirrors `sanitizedForTerminal(_:)` of Analysis.
enum SafeText {
    /// The text with every unsafe scalar replaced by its visible escape.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether a scalar must not reach a terminal as is.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        return (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2060...0x2064).contains(value) || (0x2066...0x2069).contains(value)
            || value == 0xFEFF || value == 0x2028 || value == 0x2029
    }

    /// Whether any scalar of a character is unsafe.
    static func isUnsafe(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: isUnsafe)
    }

    /// `\xNN` below U+0100, `\uNNNN` above (lower-case hex).
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.value < 0x100 { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
