import Testing
@testable import Views

@Suite struct TextAndGridTests {
    /// 糖尿 = 4 columns + … = 5; 病 would need 7.
    @Test func truncationKeepsWideCharactersWhole() {
        #expect(TextFit.truncate("糖尿病abc", width: 5, ellipsis: "…") == "糖尿…")
        #expect(TextFit.truncate("糖尿病", width: 4, ellipsis: "…") == "糖…")
        #expect(TextFit.truncate("糖尿病", width: 6, ellipsis: "…") == "糖尿病")
        #expect(TextFit.truncate("糖尿病", width: 1, ellipsis: "~") == "~")
        #expect(TextFit.truncate("糖尿病", width: 0, ellipsis: "~") == "")
        #expect(TextFit.fit("糖尿病", width: 4, alignment: .right, ellipsis: "~") == " 糖~")
    }

    @Test func wideCharacterDoesNotStartInTheLastColumn() {
        var buffer = Buffer(width: 5, height: 1)
        let end = buffer.put("ab糖尿", x: 0, y: 0)
        #expect(end == 4)
        #expect(PlainTextEncoder.encode(buffer) == "ab糖\n")
        buffer.put("糖", x: 0, y: 0, width: 1, options: RenderOptions())
        #expect(PlainTextEncoder.encode(buffer) == "…b糖\n")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = Buffer(width: 4, height: 1)
        buffer.put("糖尿", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)
        #expect(PlainTextEncoder.encode(buffer) == " x尿\n")
        buffer.put("y", x: 2, y: 0)
        #expect(PlainTextEncoder.encode(buffer) == " xy\n")
        #expect(!buffer[3, 0].isContinuation)
    }

    /// 100 columns: fixed 10, 50 % = 50, min 5 takes the other 40.
    @Test func splitHonoursConstraints() {
        let parts = Rect(x: 0, y: 0, width: 100, height: 3).columns([.fixed(10), .percent(50), .min(5)])
        #expect(parts.map(\.width) == [10, 50, 40])
        #expect(parts.map(\.x) == [0, 10, 60])
        let spaced = Rect(x: 2, y: 1, width: 10, height: 9).rows([.min(1), .min(1), .fixed(2)], spacing: 1)
        #expect(spaced.map(\.height) == [3, 2, 2])
        #expect(spaced.map(\.y) == [1, 5, 8])
    }

    @Test func splitSaturates() {
        let parts = Rect(x: 0, y: 0, width: 8, height: 1).columns([.fixed(10), .min(3), .percent(50)])
        #expect(parts.map(\.width) == [8, 0, 0])
        let empty = Rect(x: 0, y: 0, width: 0, height: 0).rows([.fixed(3), .min(1)], spacing: 2)
        #expect(empty.allSatisfy { $0.isEmpty })
        #expect(Rect(x: 0, y: 0, width: 4, height: 2).centered(width: 10, height: 1) == Rect(x: 0, y: 0, width: 4, height: 1))
    }

    @Test func bordersInBothCharsets() {
        var unicode = Buffer(width: 10, height: 3)
        let inner = unicode.border(unicode.area, title: "糖尿病!", options: RenderOptions(charset: .unicode))
        #expect(inner == Rect(x: 1, y: 1, width: 8, height: 1))
        #expect(PlainTextEncoder.encode(unicode) == "┌ 糖尿… ─┐\n│        │\n└────────┘\n")
        var ascii = Buffer(width: 4, height: 2)
        ascii.border(ascii.area, options: RenderOptions(charset: .ascii))
        #expect(PlainTextEncoder.encode(ascii) == "+--+\n+--+\n")
        var tiny = Buffer(width: 1, height: 1)
        #expect(tiny.border(tiny.area, title: "x", options: RenderOptions()) == tiny.area)
        #expect(PlainTextEncoder.encode(tiny) == "\n")
    }

    @Test func numberText() {
        #expect(NumberText.fixed(2.345, decimals: 2) == "2.35")
        #expect(NumberText.fixed(-0.004, decimals: 2) == "0.00")
        #expect(NumberText.fixed(-1.5, decimals: 0) == "-2")
        #expect(NumberText.fixed(.nan, decimals: 1) == "NaN")
        #expect(NumberText.compact(7_000) == "7000")
        #expect(NumberText.compact(70_000) == "70k")
        #expect(NumberText.compact(0.25) == "0.25")
        #expect(NumberText.compact(3.98107) == "3.98")
    }
}
