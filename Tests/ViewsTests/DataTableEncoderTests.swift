import Testing
import Analysis
@testable import Views

/// `render --format markdown|text`: the data table's cells as the CSV writes them (hand-written expectations),
/// unquoted, sanitised, numeric columns right-aligned, missing cells empty.
@Suite struct DataTableEncoderTests {
    static let table = TypedTable(name: "t.csv", header: ["model", "tau", "n"], rows: [
        [.text("a|b"), .number(0.25), .integer(12)],
        [.text("c,d \u{1B}x"), .missing, .integer(3)],
    ])

    @Test func markdownHasTheCSVValues() {
        #expect(DataTableEncoder.markdown(DataTableEncoderTests.table) == """
            | model | tau | n |
            | --- | ---: | ---: |
            | a\\|b | 0.25 | 12 |
            | c,d \\\\x1bx |  | 3 |

            """)
    }

    @Test func plainTextAlignsColumns() {
        #expect(DataTableEncoder.plainText(DataTableEncoderTests.table) == """
            model       tau   n
            -----       ---   -
            a|b        0.25  12
            c,d \\x1bx         3

            """)
    }

    @Test func cellValueTextIsTheCSVValueUnquoted() {
        #expect(TableCell.number(2).valueText == "2")
        #expect(TableCell.number(0.1).valueText == "0.1")
        #expect(TableCell.number(.nan).valueText == "")
        #expect(TableCell.text("=x,\"y\"").valueText == "=x,\"y\"")
    }
}
