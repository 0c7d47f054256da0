/// Text from data files made safe for a terminal: every C0/C1 control character (ESC included), DEL,
/// bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), and other invisible format character
/// (U+200B–U+200F, U+2028/U+2029, U+FEFF, U+FFF9–U+FFFB) is replaced by a visible escape: `\x1b` for
/// code points below U+0100, `\u202e` above. A backslash is kept as is. Everything else passes unchanged.
public func sanitizedForTerminal(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        if isUnsafeForTerminal(scalar) {
            result += visibleEscape(scalar)
        } else {
            result.unicodeScalars.append(scalar)
        }
    }
    return result
}

/// Whether a scalar would be interpreted by a terminal or reorder/hide text rather than show a glyph.
func isUnsafeForTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB: return true
    default: return false
    }
}

private func visibleEscape(_ scalar: Unicode.Scalar) -> String {
    let value = scalar.value
    let digits = String(value, radix: 16)
    if value < 0x100 {
        return "\\x" + String(repeating: "0", count: 2 - digits.count) + digits
    }
    return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
