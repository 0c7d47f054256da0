import Testing
@testable import Analysis

/// The plain-ASCII shortcut of `CSVTable.encodeText` never changes a result: on seeded random strings over an
/// alphabet of the characters that matter (formula signs, comma, quote, space, controls, non-ASCII), every string
/// it accepts is one the general path writes unchanged, and the two paths always agree.
@Suite struct CSVPlainTextTests {
    @Test func shortcutAgreesWithTheGeneralPath() {
        let alphabet = Array("aZ09 .,\"=+-@\t\r\n_/é中\u{1b}\u{202e}e")
        var state: UInt64 = 12_345
        var plain = 0
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            var text = ""
            for step in 0..<length { text.append(alphabet[Int((state >> UInt64(4 * step % 56)) & 0xFF) % alphabet.count]) }
            if CSVTable.isPlain(text) {
                plain += 1
                #expect(CSVTable.encodeTextInGeneral(text) == text, "\(text.debugDescription)")
            }
            #expect(CSVTable.encodeText(text) == CSVTable.encodeTextInGeneral(text), "\(text.debugDescription)")
        }
        #expect(plain > 100)
        #expect(CSVTable.isPlain("pythia-70m") && !CSVTable.isPlain(" a") && !CSVTable.isPlain(""))
        for number in ["-1.5", "-0", "+1e5", "-.5", "-1.5e-3", "-101.07638888888889"] {
            #expect(CSVTable.isPlain(number) && CSVTable.encodeTextInGeneral(number) == number, "\(number)")
        }
        for text in ["-1.5,", "-x", "-", "+", "-1 ", "-=1", "@1", "=1"] {
            #expect(!CSVTable.isPlain(text), "\(text)")
        }
    }
}

/// `PaperVsCorrect.append(_:to:keyBuffer:)` (the comparison's direct row writer) writes the bytes of
/// `EncodedTable.append(PaperVsCorrect.row(_:))` for seeded random keys and cells over the same alphabet.
@Suite struct PaperVsCorrectRowWriterTests {
    @Test func directWriterAgreesWithTheCellRow() {
        let alphabet = Array("aZ09 .,\"=+-@\t\r\n_/é中\u{1b}\u{202e}e;")
        var state: UInt64 = 987_654_321
        func text() -> String {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 60)
            return String((0..<length).map { alphabet[Int((state >> UInt64(4 * $0 % 56)) & 0xFF) % alphabet.count] })
        }
        var direct = EncodedTable(name: PaperVsCorrect.tableName, header: PaperVsCorrect.header)
        var viaCells = direct
        var buffer: [UInt8] = []
        for round in 0..<3_000 {
            let key = (0..<(round % 4)).map { _ in KeyValue(column: text(), value: text()) }
            let difference = ModeDifference(table: text(), key: key, column: text(), paper: text(), correct: text(),
                                            reason: text())
            PaperVsCorrect.append(difference, to: &direct, keyBuffer: &buffer)
            viaCells.append(PaperVsCorrect.row(difference))
        }
        #expect(direct.bytes == viaCells.bytes)
        #expect(direct.rowCount == 3_000)
    }
}
