import Analysis
import Views

/// One drawn screen and what the pane reported while drawing it.
public struct Frame: Sendable {
    public let buffer: Buffer
    public let summary: PaneSummary
}

extension Explorer {
    /// Draws the whole screen for a state; pure (the pane's analyses go through `queries`, whose cache keeps them
    /// between frames). The loop stores `summary` back into the state.
    public static func render(_ state: AppState, dataset: Dataset, keys: KeyTable = .standard,
                              queries: Queries = .uncached) -> Frame {
        let size = state.size
        var buffer = Buffer(width: size.width, height: size.height)
        guard !Layout.isTooSmall(size) else {
            drawTooSmall(size, into: &buffer)
            return Frame(buffer: buffer, summary: state.lastSummary)
        }
        drawTabBar(state, into: &buffer)
        let paneArea = Layout.paneArea(state)
        var summary = Panes.render(state.pane, dataset: dataset, into: &buffer, area: paneArea,
                                   options: state.renderOptions, queries: queries)
        let models = dataset.forMode(state.pane.filters.mode).models
        summary.sideModels = models.filter(state.pane.filters.includes).map(\.id)
        drawModelList(state, models: models, into: &buffer)
        drawStatusLine(state, summary: summary, into: &buffer)
        drawMessageLine(state, keys: keys, into: &buffer)
        switch state.overlay {
        case .help(let scroll, let filter)?: drawHelp(keys, scroll: scroll, filter: filter, into: &buffer)
        case .inspector(let scroll)?:
            drawOverlay(title: "Cell — Esc or i closes, j/k scroll",
                        lines: Inspector.lines(state, summary: summary, dataset: dataset), scroll: scroll,
                        into: &buffer)
        case .glossary(let scroll)?:
            drawOverlay(title: "Difference reasons — Esc or R closes", lines: ReasonGlossary.lines, scroll: scroll,
                        into: &buffer)
        case nil: break
        }
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
        let area = Layout.sideArea(state)
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
            if state.sideCursor == offset {
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.reverse = true }
            }
        }
    }

    static func drawStatusLine(_ state: AppState, summary: PaneSummary, into buffer: inout Buffer) {
        let lines = StatusText.lines(state, summary: summary, width: buffer.width)
        let top = buffer.height - 1 - Layout.statusRows(state)
        for (offset, line) in lines.prefix(Layout.statusRows(state)).enumerated() {
            let y = top + offset
            buffer.fill(Rect(x: 0, y: y, width: buffer.width, height: 1), with: Cell(" ", style: Style(reverse: true)))
            buffer.put(line, x: 0, y: y, style: Style(reverse: true))
        }
    }

    static func drawMessageLine(_ state: AppState, keys: KeyTable, into buffer: inout Buffer) {
        let y = buffer.height - 1
        let text: String
        switch state.input {
        case .prompt(let prompt): text = promptLine(prompt, width: buffer.width)
        case .normal:
            text = state.statusMessage ?? keys.hints([.showHelp, .nextView, .filterModel, .cycleLanguage,
                                                      .drillDown, .goBack, .exportView])
        }
        buffer.put(text, x: 0, y: y)
    }

    /// The prompt on the message line: label, the end of the text when it is longer than the line, the caret and
    /// what Enter/Esc do (the export dialog also shows format and charset).
    static func promptLine(_ prompt: Prompt, width: Int) -> String {
        let hints: [String]
        switch prompt.kind {
        case .search: hints = ["  Enter search  Esc cancel"]
        case .export:
            let choice = "  [\(prompt.exportFormat.rawValue) \(prompt.exportCharset.rawValue)]"
            hints = [choice + " Tab format  C-t charset  Enter write  Esc cancel", choice + " Tab C-t", choice]
        case .command: hints = ["  Tab completes  Enter runs  Esc cancel"]
        default: hints = ["  Enter keep  Esc cancel  C-u clear"]
        }
        let typed = sanitizedForTerminal(prompt.text)
        let head = prompt.kind.label
        for hint in hints where DisplayWidth.of(head + typed + hint) + 1 <= width {
            return head + typed + "▏" + hint
        }
        let hint = hints.last ?? ""
        let room = max(8, width - DisplayWidth.of(head) - DisplayWidth.of(hint) - 1)
        let shown = typed.count > room ? "…" + String(typed.suffix(room - 1)) : typed
        return head + shown + "▏" + hint
    }

    /// The help overlay: one `keys  command  summary` line per command, filtered by `/`, scrolled by j/k and
    /// PgUp/PgDn, so every binding is reachable at 80×24.
    static func drawHelp(_ keys: KeyTable, scroll: Int, filter: String, into buffer: inout Buffer) {
        let needle = filter.lowercased()
        let lines = keys.helpLines().filter { needle.isEmpty || $0.lowercased().contains(needle) }
        let title = "Keys — j/k PgUp/PgDn scroll, / filters" + (filter.isEmpty ? "" : " [\(sanitizedForTerminal(filter))]")
            + ", Esc closes"
        drawOverlay(title: title, lines: lines.isEmpty ? ["no binding matches"] : lines, scroll: scroll,
                    into: &buffer)
    }

    /// A bordered box over the pane with a title, `lines` from `scroll` and a `k–m/n` position when they do not fit.
    static func drawOverlay(title: String, lines: [String], scroll: Int, into buffer: inout Buffer) {
        let width = min(buffer.width - 2, max(DisplayWidth.of(title), lines.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let rows = max(1, min(lines.count, buffer.height - 6))
        let height = min(buffer.height - 2, rows + 3)
        let box = Rect(x: (buffer.width - width) / 2, y: max(1, (buffer.height - height) / 2 - 1), width: width,
                       height: height)
        buffer.fill(box)
        Frame.border(box, into: &buffer)
        buffer.put(title, x: box.x + 2, y: box.y + 1, style: Style(bold: true), limit: box.maxX - 1)
        let first = min(max(0, scroll), max(0, lines.count - rows))
        for (offset, line) in lines[first..<min(lines.count, first + rows)].enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 2 + offset, limit: box.maxX - 1)
        }
        if lines.count > rows {
            let position = " \(first + 1)–\(first + rows)/\(lines.count) "
            buffer.put(position, x: box.maxX - 1 - DisplayWidth.of(position), y: box.maxY - 1, style: Style(dim: true))
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
