import CNcursesw
import Views

/// Colour pairs allocated on demand from the 256-colour palette; everything maps to pair 0 when colour is off
/// (then only bold, dim, reverse and underline carry the styling).
struct ColorPalette {
    let enabled: Bool
    private var pairs: [PairKey: Int16] = [:]
    private let colorCount: Int
    private let pairLimit: Int

    struct PairKey: Hashable {
        let foreground: Int16
        let background: Int16
    }

    init(enabled: Bool) {
        var usable = enabled
        if usable {
            usable = start_color() == bx_ok()
            if usable { use_default_colors() }
        }
        self.enabled = usable
        self.colorCount = usable ? Int(bx_colors()) : 0
        self.pairLimit = usable ? min(Int(bx_color_pairs()), Int(Int16.max)) : 0
    }

    /// The pair for a style's colours, allocating one the first time; 0 (default colours) when none is left.
    mutating func pair(for style: Style) -> Int16 {
        guard enabled else { return 0 }
        let key = PairKey(foreground: index(style.foreground), background: index(style.background))
        if key.foreground == -1, key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let next = pairs.count + 1
        guard next < pairLimit, init_pair(Int16(next), key.foreground, key.background) == bx_ok() else { return 0 }
        pairs[key] = Int16(next)
        return Int16(next)
    }

    /// A palette index the terminal has: -1 for the default colour; on 8/16-colour terminals high indices fold down.
    private func index(_ color: Color) -> Int16 {
        guard case .indexed(let value) = color else { return -1 }
        if Int(value) < colorCount { return Int16(value) }
        return colorCount >= 8 ? Int16(Int(value) % 8) : -1
    }
}
