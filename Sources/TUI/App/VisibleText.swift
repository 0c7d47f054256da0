/// Text from data files shown on screen: control characters, escapes, bidirectional overrides and invisible
/// format characters become visible escapes (`\x1b`, `\u202e`), so no byte of the data reaches the terminal
/// as a command (issue 10).
public enum VisibleText {
    public static func escaped(_ text: String) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 || (0x7F...0x9F).contains(value) {
                output += "\\x" + hex(value, digits: 2)
            } else if isInvisibleFormat(value) {
                output += "\\u" + hex(value, digits: 4)
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    static func isInvisibleFormat(_ value: UInt32) -> Bool {
        (0x200B...0x200F).contains(value) || (0x202A...0x202E).contains(value) || (0x2060...0x2069).contains(value)
            || value == 0xFEFF || value == 0x061C || value == 0x00AD || (0xFFF9...0xFFFB).contains(value)
    }

    static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
