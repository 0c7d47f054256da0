import Testing
@testable import Analysis

/// The plain-ASCII shortcut of `CSVEncoder.encodeText` never changes a result: on seeded random strings over an
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
            if CSVEncoder.isPlain(text) {
                plain += 1
                #expect(CSVEncoder.encodeTextInGeneral(text) == text, "\(text.debugDescription)")
            }
            #expect(CSVEncoder.encodeText(text) == CSVEncoder.encodeTextInGeneral(text), "\(text.debugDescription)")
        }
        #expect(plain > 100)
        #expect(CSVEncoder.isPlain("pythia-70m") && !CSVEncoder.isPlain(" a") && !CSVEncoder.isPlain(""))
        for number in ["-1.5", "-0", "+1e5", "-.5", "-1.5e-3", "-101.07638888888889"] {
            #expect(CSVEncoder.isPlain(number) && CSVEncoder.encodeTextInGeneral(number) == number, "\(number)")
        }
        for text in ["-1.5,", "-x", "-", "+", "-1 ", "-=1", "@1", "=1"] {
            #expect(!CSVEncoder.isPlain(text), "\(text)")
        }
    }
}

/// `CSVEncoder` (each column's distinct texts encoded once, rows a slice at a time) writes exactly the cells'
/// one-by-one encodings joined by commas and LFs, for seeded random tables of text, integer, real and missing
/// cells over the same alphabet, whole or in chunks.
@Suite struct CSVEncoderChunkTests {
    @Test func encoderAgreesWithTheCellByCellEncoding() {
        let alphabet = Array("aZ09 .,\"=+-@\t\r\n_/é中\u{1b}\u{202e}e;")
        var state: UInt64 = 987_654_321
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state
        }
        func text() -> String {
            let bits = next(), length = Int(bits >> 60)
            return String((0..<length).map { alphabet[Int((bits >> UInt64(4 * $0 % 56)) & 0xFF) % alphabet.count] })
        }
        func cell(_ column: Int) -> TableCell {
            switch (next() >> 61, column % 3) {
            case (0, _): return .missing
            case (_, 0): return .text(["asthma", "crohn’s disease", text()][Int(next() >> 62) % 3])
            case (_, 1): return .integer(Int(Int64(bitPattern: next()) >> 20))
            default: return .value(Double(Int64(bitPattern: next()) >> 30) / [1, 3, 1e6][Int(next() >> 62) % 3])
            }
        }
        let header = (0..<7).map { "c\($0)" } + ["=x"]
        var table = TypedTable(name: "t.csv", header: header)
        var expected = header.map { CSVEncoder.encode(.text($0)) }.joined(separator: ",") + "\n"
        for _ in 0..<2_000 {
            let cells = header.indices.map(cell)
            table.append(cells)
            expected += cells.map(CSVEncoder.encode).joined(separator: ",") + "\n"
        }
        #expect(CSVEncoder.text(table) == expected)
        var encoder = CSVEncoder(table)
        var chunked = encoder.header()
        for start in stride(from: 0, to: table.rowCount, by: 333) {
            encoder.encodeRows(start..<min(start + 333, table.rowCount), into: &chunked)
        }
        #expect(chunked == Array(expected.utf8))
        #expect(CSVEncoder.byteCount(table, rowsPerChunk: 100) == expected.utf8.count)
    }
}
