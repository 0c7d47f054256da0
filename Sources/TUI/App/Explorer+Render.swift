import Analysis
import Views

/// One drawn screen and what the pane reported while drawing it.
public struct Frame: Sendable {
    public let buffer: Buffer
    public let summary: PaneSummary
}

extension Explorer {
    /// Draws the whole screen for a state; pure. The loop stores `summary` back into the state.
    public static func render(_ state: AppState, dataset: Dataset, keys: KeyTable = .standard) -> Frame {
        let size = state.size
        var buffer = Buffer(width: size.width, height: size.height)
        guard !Layout.isTooSmall(size) else {
            drawTooSmall(size, into: &buffer)
            return Frame(buffer: buffer, summary: state.lastSummary)
        }
        drawTabBar(state, into: &buffer)
        let summary = Panes.render(state.pane, dataset: dataset, into: &buffer, area: Layout.paneArea(size),
                                   options: state.renderOptions)
        drawModelList(state, models: dataset.forMode(state.pane.filters.mode).models, into: &buffer)
        drawStatusLine(state, summary: summary, into: &buffer)
        drawMessageLine(state, keys: keys, into: &buffer)
        if state.helpVisible { drawHelp(keys, into: &buffer) }
        if state.renderOptions.charset == .ascii { buffer.foldToASCII() }
        return Frame(buffer: buffer, summary: summary)
    }

    static func drawTooSmall(_ size: TerminalSize, into buffer: inout Buffer) {
        let need = Layout.minimumSize
        let lines = ["Terminal too small", "need \(need.width)x\(need.height)", "have \(size.width)x\(size.height)",
                     "C-c quits"]
        for (row, line) in lines.enumerated() { buffer.put(line, x: 0, y: row) }
    }

    static func drawTabBar(_ state: AppState, into buffer: inout Buffer) {
        for tab in Layout.tabs(state, width: buffer.width) {
            let current = tab.view == state.tab
            buffer.put(" \(tab.label) ", x: tab.range.lowerBound, y: 0,
                       style: current ? Style(bold: true, reverse: true) : Style(dim: false))
        }
    }

    static func drawModelList(_ state: AppState, models: [ModelInfo], into buffer: inout Buffer) {
        let area = Layout.sideArea(state.size)
        guard area.width > 0 else { return }
        let rule = state.renderOptions.glyphs.vertical
        for row in area.y..<area.maxY { buffer.set(x: area.x - 1, y: row, Cell(rule, style: Style(dim: true))) }
        let shown = models.filter(state.pane.filters.includes)
        buffer.put("Models \(shown.count)/\(models.count)", x: area.x, y: area.y, style: Style(bold: true),
                   limit: area.maxX)
        for (offset, model) in shown.prefix(max(0, area.height - 1)).enumerated() {
            let size = ModelSizeText.format(model.parametersMillions)
            let family = sanitizedForTerminal(model.family)
            let suffix = " \(family) \(size)"
            let y = area.y + 1 + offset
            let nameEnd = area.maxX - DisplayWidth.of(suffix)
            buffer.put(sanitizedForTerminal(model.shortName), x: area.x, y: y, limit: max(area.x, nameEnd))
            buffer.put(suffix, x: max(area.x, nameEnd), y: y, style: Style(dim: true), limit: area.maxX)
        }
    }

    static func drawStatusLine(_ state: AppState, summary: PaneSummary, into buffer: inout Buffer) {
        let y = buffer.height - 2
        buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), with: Cell(" ", style: Style(reverse: true)))
        buffer.put(StatusText.line(state, summary: summary), x: 0, y: y, style: Style(reverse: true))
    }

    static func drawMessageLine(_ state: AppState, keys: KeyTable, into buffer: inout Buffer) {
        let y = buffer.height - 1
        let text: String
        switch state.input {
        case .searchDisease(let typed): text = "/" + sanitizedForTerminal(typed) + "▏  Enter search  Esc cancel"
        case .filterModel(let typed, _): text = "models: " + sanitizedForTerminal(typed) + "▏  Enter keep  Esc cancel"
        case .normal:
            text = state.statusMessage ?? keys.hints([.showHelp, .nextView, .filterModel, .cycleLanguage,
                                                      .drillDown, .goBack, .exportView])
        }
        buffer.put(text, x: 0, y: y)
    }

    /// The help overlay: a box of `keys  command  summary` lines, in as many columns as the height needs.
    static func drawHelp(_ keys: KeyTable, into buffer: inout Buffer) {
        let lines = keys.helpLines()
        let rows = max(1, buffer.height - 5)
        let columnCount = (lines.count + rows - 1) / rows
        let columnWidth = (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let width = min(buffer.width - 2, columnWidth * columnCount + 3)
        let height = min(buffer.height - 2, min(rows, lines.count) + 3)
        let box = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.fill(box)
        Frame.border(box, into: &buffer)
        buffer.put("Keys — Esc, q or ? closes", x: box.x + 2, y: box.y + 1, style: Style(bold: true), limit: box.maxX - 1)
        for (index, line) in lines.enumerated() {
            let x = box.x + 2 + (index / rows) * columnWidth
            buffer.put(line, x: x, y: box.y + 2 + index % rows, limit: min(box.maxX - 1, x + columnWidth - 1))
        }
    }
}

extension Frame {
    /// A single-line box around a rectangle.
    static func border(_ box: Rect, into buffer: inout Buffer) {
        guard box.width >= 2, box.height >= 2 else { return }
        for x in (box.x + 1)..<(box.maxX - 1) {
            buffer.put("─", x: x, y: box.y)
            buffer.put("─", x: x, y: box.maxY - 1)
        }
        for y in (box.y + 1)..<(box.maxY - 1) {
            buffer.put("│", x: box.x, y: y)
            buffer.put("│", x: box.maxX - 1, y: y)
        }
        buffer.put("┌", x: box.x, y: box.y)
        buffer.put("┐", x: box.maxX - 1, y: box.y)
        buffer.put("└", x: box.x, y: box.maxY - 1)
        buffer.put("┘", x: box.maxX - 1, y: box.maxY - 1)
    }
}
