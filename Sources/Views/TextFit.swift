/// Fitting sanitised text into a number of columns: truncation with an ellipsis that never splits a wide
/// character, and padding for alignment.
public enum TextFit {
    public enum Alignment: Sendable, Hashable {
        case left, right, center
    }

    /// The sanitised text cut to at most `width` columns; a cut text ends with `ellipsis`. A wide character that
    /// would straddle the limit is dropped whole, so the result may be one column narrower than `width`.
    public static func truncate(_ text: String, width: Int, ellipsis: Character) -> String {
        let safe = SafeText.sanitized(text)
        guard width > 0 else { return "" }
        if DisplayWidth.of(safe) <= width { return safe }
        let room = width - DisplayWidth.of(ellipsis)
        var result = ""
        var used = 0
        for character in safe {
            let columns = DisplayWidth.of(character)
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        return room >= 0 ? result + String(ellipsis) : ""
    }

    /// The text truncated to `width` and padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left, ellipsis: Character) -> String {
        let cut = truncate(text, width: width, ellipsis: ellipsis)
        let gap = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + cut
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap - left)
        }
    }
}
