/// Terminal column width of characters and strings (East Asian Wide/Fullwidth = 2, combining marks and
/// zero-width format characters = 0, everything else 1). Written by hand: Foundation has no wcwidth and the
/// ranges below are the ones the data can contain (CJK disease names, accented labels, box drawing, braille).
public enum DisplayWidth {
    /// Columns one character occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return of(scalar)
    }

    /// Columns one scalar occupies (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
        if isZeroWidth(value) { return 0 }
        return isWide(value) ? 2 : 1
    }

    /// Columns a string occupies.
    public static func of(_ text: String) -> Int {
        // Printable ASCII is one column a byte: no walk over grapheme clusters.
        if text.utf8.allSatisfy(SafeText.isPrintableASCII) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    static func isZeroWidth(_ value: UInt32) -> Bool {
        (0x300...0x36F).contains(value) || (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2060...0x206F).contains(value) || value == 0xFEFF || (0xFE00...0xFE0F).contains(value)
    }

    static func isWide(_ value: UInt32) -> Bool {
        (0x1100...0x115F).contains(value) || (0x2E80...0x303E).contains(value) || (0x3041...0x33FF).contains(value)
            || (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value)
            || (0xA000...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value)
            || (0xFF00...0xFF60).contains(value) || (0xFFE0...0xFFE6).contains(value)
            || (0x1F300...0x1F64F).contains(value) || (0x1F900...0x1F9FF).contains(value)
            || (0x20000...0x3FFFD).contains(value)
    }
}
