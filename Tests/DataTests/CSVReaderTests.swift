import Analysis
import Testing
@testable import Data

@Suite struct CSVReaderTests {
    func read(_ bytes: [UInt8]) -> CSVDocument { bytes.withUnsafeBufferPointer { CSVReader.read($0) } }

    @Test func quotedFieldsWithCommasQuotesAndLineBreaksCRLFAndBOM() {
        let text = "\u{FEFF}a,b\r\n\"1,200.00\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",x\r\n\r\nlast,row"
        let document = read(Array(text.utf8))
        #expect(document.records.map(\.fields) == [["a", "b"], ["1,200.00", "say \"hi\""], ["two\r\nlines", "x"],
                                                   ["last", "row"]])
        #expect(document.records.map(\.line) == [1, 2, 3, 6])
        #expect(document.firstInvalidUTF8Line == nil)
    }

    @Test func reportsInvalidUTF8AndUnterminatedQuotes() {
        let document = read(Array("a\nb".utf8) + [0xC3] + Array("\n\"open".utf8))
        #expect(document.firstInvalidUTF8Line == 2)
        #expect(document.unterminatedQuoteLine == 3)
    }

    @Test func prevalenceCells() {
        #expect(PrevalenceParser.value(" \"2,200.00\" ".replacingAll("\"", with: "")).value == 2200)
        #expect(PrevalenceParser.value("Na").value == nil)
        #expect(PrevalenceParser.value("").value == nil)
        #expect(PrevalenceParser.value("grouped with asian").value == nil)
        #expect(PrevalenceParser.value("0") == PrevalenceValue(raw: "0", value: nil))
        #expect(PrevalenceParser.value("869.05").value == 869.05)
    }
}
