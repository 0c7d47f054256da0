/// Buffer or table → Markdown. A screen goes in a fenced code block whose fence is longer than any backtick run
/// in it; a table becomes a pipe table with `|` escaped and every cell sanitised.
public enum MarkdownEncoder {
    /// The plain-text screen inside a ``` fence.
    public static func fencedBlock(_ buffer: Buffer) -> String {
        let text = PlainTextEncoder.encode(buffer)
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(text) + 1))
        return fence + "text\n" + text + fence + "\n"
    }

    /// A pipe table: header, alignment row (`---:` for right-aligned columns), rows padded to the header count.
    public static func table(header: [String], alignments: [TextFit.Alignment], rows: [[String]]) -> String {
        let separators = header.indices.map { index -> String in
            switch index < alignments.count ? alignments[index] : .left {
            case .left: return "---"
            case .right: return "---:"
            case .center: return ":---:"
            }
        }
        var lines = [row(header), "| " + separators.joined(separator: " | ") + " |"]
        for cells in rows {
            let padded = header.indices.map { $0 < cells.count ? cells[$0] : "" }
            lines.append(row(padded))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ cells: [String]) -> String {
        "| " + cells.map(escapeCell).joined(separator: " | ") + " |"
    }

    /// Sanitised, with `\` and `|` escaped so a cell cannot break out of its column.
    static func escapeCell(_ text: String) -> String {
        var escaped = ""
        for character in SafeText.sanitized(text) {
            if character == "\\" || character == "|" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    static func longestBacktickRun(_ text: String) -> Int {
        var longest = 0, run = 0
        for character in text {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
