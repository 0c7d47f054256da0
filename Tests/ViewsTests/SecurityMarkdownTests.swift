import Testing
@testable import Views

/// Data text cannot break out of Markdown output (issue 10): not the fenced screen block, not a pipe-table cell.
@Suite struct SecurityMarkdownTests {
    /// A name holding a five-backtick run and a would-be closing fence: the fence grows to six backticks, so the
    /// block closes only at the encoder's own last line.
    @Test func fencedBlockOutgrowsAnyBacktickRunInTheData() {
        var buffer = Buffer(width: 20, height: 2)
        buffer.put("`````x", x: 0, y: 0)
        buffer.put("```", x: 0, y: 1)
        #expect(buffer.encoded(as: .markdown) == "``````text\n`````x\n```\n``````\n")
    }

    /// A cell with a line break, a pipe and an ESC stays one cell on one line.
    @Test func tableCellCannotSplitRowsOrColumns() {
        let text = MarkdownEncoder.table(header: ["model"], alignments: [.left], rows: [["a\nb|c\u{1B}]0;t\u{07}"]])
        #expect(text == "| model |\n| --- |\n| a\\\\x0ab\\|c\\\\x1b]0;t\\\\x07 |\n")
        #expect(text.split(separator: "\n").count == 3)
    }
}
