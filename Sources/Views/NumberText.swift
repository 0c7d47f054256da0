/// Number formatting without Foundation, deterministic across platforms.
public enum NumberText {
    /// `value` with `decimals` digits after the point, rounded half away from zero; `NaN` → "NaN", ±inf → "inf"/"-inf".
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
        let places = min(max(0, decimals), 9)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return compact(value) }
        let digits = String(Int64(scaled))
        let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
        let integer = padded.dropLast(places), fraction = padded.suffix(places)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        return sign + integer + (places > 0 ? "." + fraction : "")
    }

    /// A short label for an axis tick or legend: integers as is, otherwise up to 3 significant decimals,
    /// thousands as `k`, millions as `M`, billions as `B` (model sizes).
    public static func compact(_ value: Double) -> String {
        guard value.isFinite else { return fixed(value, decimals: 0) }
        let magnitude = abs(value)
        if magnitude >= 1e9 { return trimmed(fixed(value / 1e9, decimals: 1)) + "B" }
        if magnitude >= 1e6 { return trimmed(fixed(value / 1e6, decimals: 1)) + "M" }
        if magnitude >= 1e4 { return trimmed(fixed(value / 1e3, decimals: 1)) + "k" }
        if magnitude >= 100 || value == value.rounded() { return fixed(value, decimals: 0) }
        if magnitude >= 1 { return trimmed(fixed(value, decimals: 2)) }
        return trimmed(fixed(value, decimals: 3))
    }

    /// Drops trailing zeros after a decimal point (and the point itself).
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.last == "0" { result.removeLast() }
        if result.last == "." { result.removeLast() }
        return result == "-0" ? "0" : result
    }
}
