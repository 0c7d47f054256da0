/// Text from data files made safe for a terminal (issue 10); the single sanitiser of the package — Views
/// (`Buffer.put`, widgets, encoders), TUI (status line, prompts, errors), Data (`check`) and the commands call it.
///
/// Replaced by a visible escape: C0 controls U+0000–U+001F (ESC, BEL, NUL, LF, CR, TAB included), DEL U+007F and
/// C1 controls U+0080–U+009F (`\x1b`, two lower-case hex digits); the soft hyphen U+00AD, Arabic letter mark
/// U+061C, Mongolian vowel separator U+180E, zero-width and direction marks U+200B–U+200F, line/paragraph
/// separators U+2028/U+2029, bidirectional embeddings and overrides U+202A–U+202E, word joiner and invisible
/// operators U+2060–U+2064, bidirectional isolates U+2066–U+2069, the byte-order mark U+FEFF, interlinear
/// annotation marks U+FFF9–U+FFFB, tag characters U+E0000–U+E007F, and any other scalar of general category Cf
/// ("format": invisible layout controls) (`\u202e`, at least four hex digits).
/// Everything else (a backslash included) passes unchanged. O(n); returns `text` itself when nothing is unsafe.
/// The escapes are printable ASCII, so sanitising twice changes nothing more.
public func sanitizedForTerminal(_ text: String) -> String {
    // Printable ASCII (most labels and every number) is safe: one byte scan instead of a walk over scalars.
    if text.utf8.allSatisfy(isPrintableASCII) { return text }
    guard text.unicodeScalars.contains(where: isUnsafeForTerminal) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        if isUnsafeForTerminal(scalar) {
            result.append(contentsOf: visibleEscape(scalar).unicodeScalars)
        } else {
            result.append(scalar)
        }
    }
    return String(result)
}

/// Whether a byte is printable ASCII (U+0020–U+007E): safe for a terminal and one column wide, so callers may skip
/// the scalar rules and the width table for it.
@inline(__always)
public func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

/// Whether a scalar would be acted on by a terminal, or would hide or reorder text, rather than show a glyph.
public func isUnsafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x061C, 0x180E: return true
    case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069: return true
    case 0xFEFF, 0xFFF9...0xFFFB, 0xE0000...0xE007F: return true
    case 0...0x9F: return false
    // Punctuation, symbols, box drawing and block shades (every heatmap cell) hold no format character: answered
    // without a Unicode property look-up (a test checks the range against the property).
    case 0x2070...0x2FFF: return false
    default: return scalar.properties.generalCategory == .format
    }
}

/// Whether any scalar of a character is unsafe (a cell of the screen grid holds one character).
public func isUnsafeForTerminal(_ character: Character) -> Bool {
    character.unicodeScalars.contains(where: isUnsafeForTerminal)
}

/// `\xNN` below U+0100, `\uNNNN` (or more digits) above; lower-case hex.
public func visibleEscape(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16)
    if scalar.value < 0x100 {
        return "\\x" + String(repeating: "0", count: 2 - digits.count) + digits
    }
    return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
