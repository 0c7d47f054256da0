import Testing
@testable import Analysis

/// CSV output is safe in a spreadsheet and on a terminal (issue 10, OWASP "CSV Injection").
@Suite struct SecurityCSVTests {
    func encoded(_ cells: [TableCell]) -> String {
        let text = CSVEncoder.text(TypedTable(name: "t.csv", header: cells.map { _ in "h" }, rows: [cells]))
        return String(text.drop { $0 != "\n" }.dropFirst().dropLast())
    }

    /// Each OWASP trigger (`=`, `+`, `-`, `@`, TAB, CR) at the start of a text cell gets a leading `'`.
    @Test func formulaTriggersArePrefixed() {
        #expect(encoded([.text("=cmd|' /C calc'!A0")]) == "'=cmd|' /C calc'!A0")
        #expect(encoded([.text("+1+2")]) == "'+1+2")
        #expect(encoded([.text("-2+3")]) == "'-2+3")
        #expect(encoded([.text("@SUM(A1)")]) == "'@SUM(A1)")
        #expect(encoded([.text("=HYPERLINK(\"http://x\",\"y\")")]) == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
        // TAB stays a TAB (prefixed); CR is escaped first (it could rewrite a terminal line), so nothing leads.
        #expect(encoded([.text("\t=1")]) == "'\t=1")
        #expect(encoded([.text("\r=1")]) == "\\x0d=1")
    }

    /// Numbers stay numbers: numeric cells are never prefixed, nor is text that is a plain decimal number.
    @Test func numbersStayNumbers() {
        #expect(encoded([.number(-1.5), .integer(-3), .number(2.5e-7), .value(Double.nan)]) == "-1.5,-3,2.5e-07,")
        #expect(encoded([.text("-1.5"), .text("+2e-3"), .text("-.5"), .text("7.")]) == "-1.5,+2e-3,-.5,7.")
        #expect(encoded([.text("-1.5 "), .text("-inf"), .text("-1e"), .text("-"), .text("-0x1F")])
                == "\"'-1.5 \",'-inf,'-1e,'-,'-0x1F")
    }

    /// RFC 4180 quoting: embedded quotes doubled; commas, newlines and edge spaces quoted.
    @Test func quotingHandlesQuotesNewlinesAndSpaces() {
        #expect(encoded([.text("say \"hi\"")]) == "\"say \"\"hi\"\"\"")
        #expect(encoded([.text("a,b")]) == "\"a,b\"")
        #expect(encoded([.text("two\nlines")]) == "\"two\nlines\"")
        #expect(encoded([.text(" lead"), .text("trail "), .text("mid dle")]) == "\" lead\",\"trail \",mid dle")
    }

    /// No byte of data text can act on a terminal that shows the CSV (`render --format csv`, `cat`).
    @Test func terminalEscapesInCellsAndHeadersAreEscaped() {
        let table = TypedTable(name: "t.csv", header: ["model \u{1B}[2J"],
                             rows: [[.text("\u{1B}]52;c;ZXZpbA==\u{07}")], [.text("abc\u{202E}fed\u{0}")]])
        #expect(CSVEncoder.text(table) == "model \\x1b[2J\n\\x1b]52;c;ZXZpbA==\\x07\nabc\\u202efed\\x00\n")
    }

    @Test func plainNumberRecogniser() {
        for text in ["0", "-1", "+1.25", ".5", "5.", "1.e5", "1e9", "-2.5E+10", "-101.07638888888889"] {
            #expect(CSVEncoder.isPlainNumber(text), "\(text)")
        }
        for text in ["", "-", ".", "1e", "e5", "1.2.3", "١", "１", "1 ", " 1", "nan", "--1", "+-1", "1e+", "1ee5",
                     "1e5.0", "1e5e", "0x1", "1_000", "1,5"] {
            #expect(!CSVEncoder.isPlainNumber(text), "\(text)")
        }
    }
}
