import Analysis

/// Views' name for the package's one sanitiser, `sanitizedForTerminal(_:)` of Analysis (see there for the list of
/// escaped characters); kept so widgets read `SafeText.sanitized(label)`. No logic of its own.
enum SafeText {
    /// The text with every unsafe scalar replaced by its visible escape (`\x1b`, `\u202e`).
    static func sanitized(_ text: String) -> String { sanitizedForTerminal(text) }

    /// Whether a scalar must not reach a terminal as is.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool { isUnsafeForTerminal(scalar) }

    /// Whether a byte is printable ASCII: safe and one column wide (`isPrintableASCII` of Analysis).
    static func isPrintableASCII(_ byte: UInt8) -> Bool { Analysis.isPrintableASCII(byte) }

    /// Whether any scalar of a character is unsafe.
    static func isUnsafe(_ character: Character) -> Bool { isUnsafeForTerminal(character) }
}
