/// Point markers placed on the cells of a plot. Where several points fall on one cell, the cell shows their count as
/// a digit (`9` for nine or more) instead of one series' marker, so no point is lost without a mark; the legend
/// explains it (`collisionEntry`).
struct MarkerGrid {
    let width: Int
    let height: Int
    /// Per occupied cell (row × width + column): how many points, and the series of the first.
    private(set) var cells: [Int: (count: Int, series: Int)] = [:]
    private(set) var pointCount = 0

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// Adds a point of `series` at (column, row); points outside the grid are not counted.
    mutating func add(column: Int, row: Int, series: Int) {
        guard column >= 0, column < width, row >= 0, row < height else { return }
        let key = row * width + column
        cells[key] = ((cells[key]?.count ?? 0) + 1, cells[key]?.series ?? series)
        pointCount += 1
    }

    /// Cells holding more than one point.
    var sharedCells: Int { cells.values.filter { $0.count > 1 }.count }

    /// The character of a cell: the series marker, or the point count for a shared cell.
    static func character(count: Int, series: Int, glyphs: Glyphs) -> Character {
        count > 1 ? Character(String(min(count, 9))) : glyphs.marker(series)
    }

    /// Draws every occupied cell into `plot` (colour by the first point's series when colour is on).
    func draw(into buffer: inout Buffer, plot: Rect, options: RenderOptions) {
        for (key, cell) in cells {
            var style = cell.count > 1 ? Style(bold: true) : Style.plain
            if options.color && cell.count == 1 {
                style.foreground = .indexed(ScatterPlot.seriesColors[cell.series % ScatterPlot.seriesColors.count])
            }
            buffer.set(x: plot.x + key % width, y: plot.y + key / width,
                       Cell(MarkerGrid.character(count: cell.count, series: cell.series, glyphs: options.glyphs),
                            style: style))
        }
    }

    /// The legend entry for shared cells (only when there are any) and the count of points plotted.
    func legendEntries(options: RenderOptions) -> [String] {
        (sharedCells > 0 ? [MarkerGrid.sharedEntry(options)] : []) + [MarkerGrid.countEntry(pointCount)]
    }

    /// Both entries, for reserving the legend's room before the points are placed.
    static func worstLegendEntries(points: Int, options: RenderOptions) -> [String] {
        [sharedEntry(options), countEntry(points)]
    }

    static func sharedEntry(_ options: RenderOptions) -> String {
        "2\(options.charset == .unicode ? "–" : "-")9 = points sharing a cell (9: nine or more)"
    }

    static func countEntry(_ count: Int) -> String { "\(count) point\(count == 1 ? "" : "s") plotted" }
}
