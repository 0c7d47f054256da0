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
        var paneArea = Layout.paneArea(state)
        var summary: PaneSummary
        if let waiting = state.data.waiting {
            summary = drawWaiting(waiting, state: state, into: &buffer, area: paneArea)
        } else {
            if state.pane.view == .problems, state.data.isPartial, paneArea.height > 2 {
                buffer.put(partialProblemsLine(state.data), x: paneArea.x, y: paneArea.y, width: paneArea.width,
                           style: Style(bold: true), options: state.renderOptions)
                paneArea = Rect(x: paneArea.x, y: paneArea.y + 1, width: paneArea.width, height: paneArea.height - 1)
            }
            // An explorer frame: a per-row analysis not kept yet is computed for the rows on screen, the rest by the
            // warm-up that follows the frame (`Prefetcher`, which starts with the frame's own pane).
            var paneOptions = state.renderOptions
            paneOptions.computesRowsOnScreenOnly = true
            summary = Panes.render(state.pane, dataset: dataset, into: &buffer, area: paneArea,
                                   options: paneOptions, queries: queries)
        }
        let models = dataset.forMode(state.pane.filters.mode).models
        summary.sideModels = models.filter(state.pane.filters.includes).map(\.id)
        drawModelList(state, models: models, into: &buffer)
        drawStatusLine(state, summary: summary, into: &buffer)
        drawMessageLine(state, keys: keys, into: &buffer)
        let options = state.renderOptions
        switch state.overlay {
        case .help(let scroll, let filter)?:
            drawHelp(keys, scroll: scroll, filter: filter, into: &buffer, options: options)
        case .inspector(let scroll)?:
            drawOverlay(title: "Cell — Esc or i closes, j/k scroll",
                        lines: Inspector.lines(state, summary: summary, dataset: dataset), scroll: scroll,
                        into: &buffer, options: options)
        case .glossary(let scroll)?:
            drawOverlay(title: "Difference reasons — Esc or R closes", lines: ReasonGlossary.lines, scroll: scroll,
                        into: &buffer, options: options)
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

    /// The tab bar widget on row 0.
    static func drawTabBar(_ state: AppState, into buffer: inout Buffer) {
        Layout.tabBar(state).render(into: &buffer, area: Rect(x: 0, y: 0, width: buffer.width, height: 1),
                                    options: state.renderOptions)
    }

    static func drawModelList(_ state: AppState, models: [ModelInfo], into buffer: inout Buffer) {
        let area = Layout.sideArea(state)
        guard area.width > 0 else { return }
        let rule = state.renderOptions.glyphs.vertical
        for row in area.y..<area.maxY { buffer.set(x: area.x - 1, y: row, Cell(rule, style: Style(dim: true))) }
        let shown = models.filter(state.pane.filters.includes)
        let heading = state.data.listing ? "Models: listing…" : "Models \(shown.count)/\(models.count)"
        buffer.put(heading, x: area.x, y: area.y, style: Style(bold: true), limit: area.maxX)
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

    /// The status line widget, on one or two rows above the message line.
    static func drawStatusLine(_ state: AppState, summary: PaneSummary, into buffer: inout Buffer) {
        let lines = StatusText.lines(state, summary: summary, width: buffer.width)
        let top = buffer.height - 1 - Layout.statusRows(state)
        for (offset, line) in lines.prefix(Layout.statusRows(state)).enumerated() {
            let row = Rect(x: 0, y: top + offset, width: buffer.width, height: 1)
            StatusLine(left: line).render(into: &buffer, area: row, options: state.renderOptions)
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

    /// The help overlay: one `keys  command  summary` row per command, filtered by `/`, scrolled by j/k and
    /// PgUp/PgDn, so every binding is reachable at 80×24.
    static func drawHelp(_ keys: KeyTable, scroll: Int, filter: String, into buffer: inout Buffer,
                         options: RenderOptions) {
        let needle = filter.lowercased()
        let entries = keys.helpEntries().filter {
            needle.isEmpty || ($0.key + " " + $0.description).lowercased().contains(needle)
        }
        let title = "Keys — j/k PgUp/PgDn scroll, / filters" + (filter.isEmpty ? "" : " [\(sanitizedForTerminal(filter))]")
            + ", Esc closes"
        let none = [HelpEntry(key: "", description: "no binding matches")]
        overlay(title: title, entries: entries.isEmpty ? none : entries, scroll: scroll, into: &buffer, options: options)
    }

    /// A box of plain lines over the pane (the inspector, the glossary), scrolled from `scroll`.
    static func drawOverlay(title: String, lines: [String], scroll: Int, into buffer: inout Buffer,
                            options: RenderOptions) {
        overlay(title: title, entries: lines.map { HelpEntry(key: "", description: $0) }, scroll: scroll,
                into: &buffer, options: options)
    }

    /// The overlay widget between the tab bar and the message line, with a `k–m/n` position when the rows do not fit.
    static func overlay(title: String, entries: [HelpEntry], scroll: Int, into buffer: inout Buffer,
                        options: RenderOptions) {
        let area = Rect(x: 0, y: 1, width: buffer.width, height: max(0, buffer.height - 2))
        HelpOverlay(title: title, entries: entries, scroll: scroll).render(into: &buffer, area: area, options: options)
    }
}
