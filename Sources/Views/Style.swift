/// A colour of the 256-colour palette, or the terminal's default.
public enum Color: Sendable, Hashable {
    case `default`
    case indexed(UInt8)
}

/// How a cell is drawn. Colour is optional decoration: meaning is always carried by characters (STYLE.md).
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false, dim: Bool = false,
                reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
}
