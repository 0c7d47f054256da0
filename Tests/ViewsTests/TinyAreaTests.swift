import Testing
@testable import Views

/// Every widget drawn into degenerate areas: nothing traps, nothing lands outside the area.
@Suite struct TinyAreaTests {
    @Test(arguments: [(0, 0), (1, 1), (2, 1), (1, 3), (3, 2), (5, 5)])
    func widgetsSurviveTinyAreas(size: (Int, Int)) {
        for charset in Charset.allCases {
            for (name, widget) in Gallery.widgets {
                var buffer = Buffer(width: 8, height: 8)
                let area = Rect(x: 2, y: 2, width: size.0, height: size.1)
                widget.render(into: &buffer, area: area, options: RenderOptions(charset: charset, color: true))
                for y in 0..<8 {
                    for x in 0..<8 where !(area.x..<area.maxX).contains(x) || !(area.y..<area.maxY).contains(y) {
                        #expect(buffer[x, y] == .blank, "\(name) \(size) drew outside at (\(x), \(y))")
                    }
                }
            }
        }
    }

    @Test func widgetsClipToTheBuffer() {
        for (_, widget) in Gallery.widgets {
            var buffer = Buffer(width: 3, height: 2)
            widget.render(into: &buffer, area: Rect(x: -5, y: -5, width: 50, height: 50), options: RenderOptions())
            widget.render(into: &buffer, area: Rect(x: 2, y: 1, width: 50, height: 50), options: RenderOptions())
            var empty = Buffer(width: 0, height: 0)
            widget.render(into: &empty, area: Rect(x: 0, y: 0, width: 10, height: 10), options: RenderOptions())
        }
        #expect(Bool(true), "no trap")
    }
}
