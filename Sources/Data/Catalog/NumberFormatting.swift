/// Numbers as a problem's text shows them: integral values without a fraction.
enum NumberFormatting {
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
