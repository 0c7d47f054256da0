import Analysis

/// The character repertoire a render may use.
public enum Charset: String, CaseIterable, Sendable, Hashable {
    /// Box drawing, block shades, braille, arrows.
    case unicode
    /// Printable ASCII only (`+-|`, ` .:*#`, `o x + * # @`).
    case ascii
}

extension Charset {
    /// The charset a terminal's locale can show: the first of LC_ALL, LC_CTYPE and LANG that is set and not empty
    /// (POSIX precedence) names UTF-8 (`…UTF-8`, `…utf8`) → unicode, anything else or nothing set (the C locale)
    /// → ascii.
    public static func forLocale(_ environment: [String: String]) -> Charset {
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let normalized = locale.lowercased().replacing("-", with: "")
        return normalized.contains("utf8") ? .unicode : .ascii
    }

    /// The locale variable in force, for messages (`LANG=C`, or `no locale set`).
    public static func localeDescription(_ environment: [String: String]) -> String {
        for name in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[name], !value.isEmpty { return "\(name)=\(sanitizedForTerminal(value))" }
        }
        return "no locale set"
    }
}

/// How every widget is drawn: the charset it must stay within and whether colour may be added.
/// Meaning is always carried by characters; `color` only decorates (STYLE.md, monochrome first).
public struct RenderOptions: Sendable, Hashable {
    public var charset: Charset
    public var color: Bool
    /// Whether the cursor row is marked (the explorer); `render` and exports draw no cursor.
    public var showsCursor: Bool
    /// The explorer's frames: a per-row analysis that nothing has kept yet is computed for the rows on screen only
    /// (the Tau view's bootstrap intervals, 3,502 of them at 50x: issue 21), the rest left to the idle warm-up,
    /// which keeps them for every later frame. The rows drawn are the same either way; every other render (`render`,
    /// exports, `tables`, tests) computes every row, so nothing written ever lacks one.
    public var computesRowsOnScreenOnly: Bool

    public init(charset: Charset = .unicode, color: Bool = false, showsCursor: Bool = true,
                computesRowsOnScreenOnly: Bool = false) {
        self.charset = charset
        self.color = color
        self.showsCursor = showsCursor
        self.computesRowsOnScreenOnly = computesRowsOnScreenOnly
    }

    /// The glyph set of `charset`.
    public var glyphs: Glyphs { Glyphs(charset) }
}
