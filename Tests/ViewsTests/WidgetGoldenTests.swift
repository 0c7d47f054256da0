import Testing
@testable import Views

/// Every widget at 40×10 in both charsets against its golden screen (record with RECORD_GOLDEN=1).
@Suite struct WidgetGoldenTests {
    @Test(arguments: Charset.allCases)
    func widgetsMatchTheirGoldens(charset: Charset) {
        for (name, widget) in Gallery.widgets {
            let buffer = Gallery.render(widget, width: 40, height: 10, options: RenderOptions(charset: charset))
            Golden.check(buffer, named: "widget-\(name)-\(charset.rawValue)-40x10.txt")
        }
    }

    @Test func asciiScreensAreASCII() {
        for (name, widget) in Gallery.widgets {
            let text = PlainTextEncoder.encode(Gallery.render(widget, width: 40, height: 10,
                                                              options: RenderOptions(charset: .ascii)))
            let strays = text.unicodeScalars.filter { $0.value > 0x7E && !isCJK($0) }
            #expect(strays.isEmpty, "\(name): non-ASCII \(strays.map { String($0.value, radix: 16) })")
        }
    }

    /// Data text (CJK names) may stay; only our own glyphs must be ASCII.
    func isCJK(_ scalar: Unicode.Scalar) -> Bool { DisplayWidth.of(scalar) == 2 }
}
