/// The character repertoire a render may use.
public enum Charset: String, CaseIterable, Sendable, Hashable {
    /// Box drawing, block shades, braille, arrows.
    case unicode
    /// Printable ASCII only (`+-|`, ` .:*#`, `o x + * # @`).
    case ascii
}

/// How every widget is drawn: the charset it must stay within and whether colour may be added.
/// Meaning is always carried by characters; `color` only decorates (STYLE.md, monochrome first).
public struct RenderOptions: Sendable, Hashable {
    public var charset: Charset
    public var color: Bool
    /// Whether the cursor row is marked (the explorer); `render` and exports draw no cursor.
    public var showsCursor: Bool

    public init(charset: Charset = .unicode, color: Bool = false, showsCursor: Bool = true) {
        self.charset = charset
        self.color = color
        self.showsCursor = showsCursor
    }

    /// The glyph set of `charset`.
    public var glyphs: Glyphs { Glyphs(charset) }
}
