import Analysis
import Views

/// How the loop ended; the command turns it into an exit status.
public enum ExitReason: Sendable, Hashable {
    case quit
    case signal(TerminalSignal)
    case endOfInput

    /// 0 for quit; 128 + the signal number, as shells report it, otherwise.
    public var status: Int32 {
        switch self {
        case .quit, .endOfInput: return 0
        case .signal(.interrupt): return 130
        case .signal(.terminate): return 143
        case .signal(.hangup): return 129
        }
    }
}

extension Explorer {
    /// The loop over a dataset loaded whole (tests, the benchmark): `run(terminal:data:…)` with `.loaded(dataset)`.
    public static func run(terminal: Terminal, dataset: Dataset, state initial: AppState,
                           keys: KeyTable = .standard, exporter: ExportWriter,
                           idleLimit: Int? = nil, queries: Queries = .uncached,
                           prefetcher: Prefetcher? = Prefetcher(), screens: SavedScreens? = nil) throws -> ExitReason {
        try run(terminal: terminal, data: .loaded(dataset), state: initial, keys: keys, exporter: exporter,
                idleLimit: idleLimit, queries: queries, prefetcher: prefetcher, screens: screens)
    }

    /// The loop: draw, wait for an event, update, perform effects. Redraws after an event, and when `data` has
    /// news (the catalogue listed, a logits file read, a configuration parsed: it then looks every 25 ms instead
    /// of 250); input that is already waiting while a prompt is open (a paste) is taken in one go and applied as
    /// one edit before the next frame (`drainTyping`). Each frame draws from `data.frame(for:)`: the pane's
    /// logits, or what it waits for, while keys keep working. Every analysis goes through `queries` (the
    /// composition root's cache and parallel map). `.prefetchNeighbours` (and the first frame) has the `prefetcher`
    /// compute the queries of the frames one key away once the next frame is drawn (nil: no warm-up). The caller
    /// shuts the terminal down (in a `defer`, so an error restores it too).
    public static func run(terminal: Terminal, data: ExplorerData, state initial: AppState,
                           keys: KeyTable = .standard, exporter: ExportWriter,
                           idleLimit: Int? = nil, queries: Queries = .uncached,
                           prefetcher: Prefetcher? = Prefetcher(), screens: SavedScreens? = nil) throws -> ExitReason {
        var state = initial
        state.size = terminal.size
        var idle = 0
        var needsDraw = true
        var prefetchDue = true  // the first frame's neighbours, then whenever `update` asks
        var queued: TerminalEvent?
        var news = DataNews()
        var drawnStamp = Int.min
        var deferred: Effect?  // an export asked for while its pane's logits were being parsed
        while true {
            if let effect = deferred, let outcome = deferredExport(effect, state: state, data: data) {
                deferred = nil
                if outcome {
                    _ = perform(effect, state: &state, terminal: terminal, data: data, keys: keys, exporter: exporter,
                                screens: screens)
                } else {
                    _ = update(&state, .report("export cancelled: the view changed before its logits were read"),
                               keys: keys)
                }
                needsDraw = true
            }
            if needsDraw {
                drawnStamp = data.changeStamp
                let (dataset, status) = data.frame(for: state.pane, height: Layout.paneArea(state).height)
                state.data = status
                news.report(data, into: &state)
                let frame = render(state, dataset: dataset, keys: keys, queries: queries)
                state.lastSummary = frame.summary
                try terminal.draw(frame.buffer)
                data.begin()  // listing the logits files starts once the first frame is up
                if prefetchDue, status.waiting == nil, status.head == nil {  // a head: once the rest is parsed
                    prefetcher?.prefetchNeighbours(of: state, data: data, queries: queries, keys: keys)
                    prefetchDue = false
                }
            }
            let next = queued ?? terminal.nextEvent(timeoutMilliseconds: data.isBusy ? 25 : 250)
            queued = nil
            guard let event = next else {
                needsDraw = data.changeStamp != drawnStamp
                if needsDraw { continue }
                idle += 1
                if let idleLimit, idle >= idleLimit { return .endOfInput }
                continue
            }
            idle = 0
            needsDraw = true
            if case .signal(let signal) = event { return .signal(signal) }
            var effects = update(&state, message(for: event), keys: keys)
            // Whether the pane's analyses may have changed: by `update`, a drained paste, or `:open NAME` below.
            var asked = takePrefetch(from: &effects)
            if effects.isEmpty {
                let drained = drainTyping(terminal, into: &state, keys: keys)
                effects = drained.effects
                queued = drained.leftover
                asked = drained.scopeChanged || asked
            }
            for effect in effects {
                if let pane = effect.exportedPane, data.readyDataset(for: pane) == nil {
                    deferred = effect  // written once the pane's logits are parsed (`performDeferred`)
                    _ = update(&state, .report("exporting once this view's logits are read…"), keys: keys)
                    continue
                }
                let scope = PrefetchScope(state)
                if let reason = perform(effect, state: &state, terminal: terminal, data: data, keys: keys,
                                        exporter: exporter, screens: screens) { return reason }
                if PrefetchScope(state) != scope { asked = true }  // `:open NAME`
            }
            if asked {
                prefetcher?.cancel()  // the old frame's warm-up stops: that frame is no longer on screen
                prefetchDue = true
            }
        }
    }

    /// What becomes of a deferred export: true once its pane's logits are parsed (write it), false when the screen
    /// no longer reads them (they will not be parsed for it: cancel), nil while they parse.
    static func deferredExport(_ effect: Effect, state: AppState, data: ExplorerData) -> Bool? {
        guard let pane = effect.exportedPane else { return true }
        if data.readyDataset(for: pane) != nil { return true }
        return Panes.logitConfigurations(pane) == Panes.logitConfigurations(state.pane) ? nil : false
    }

    /// Removes `.prefetchNeighbours` from `effects`; whether it was there.
    static func takePrefetch(from effects: inout [Effect]) -> Bool {
        let count = effects.count
        effects.removeAll { $0 == .prefetchNeighbours }
        return effects.count != count
    }

    /// While a prompt is open, takes the events already waiting: runs of characters become one edit (`typeText`),
    /// other keys go through `update`. Stops at the first event that is not a key (returned as `leftover`), at an
    /// effect, or when the prompt closes. `scopeChanged`: whether the pane's analyses may have changed meanwhile.
    static func drainTyping(_ terminal: Terminal, into state: inout AppState,
                            keys: KeyTable) -> (effects: [Effect], leftover: TerminalEvent?, scopeChanged: Bool) {
        let scope = PrefetchScope(state)
        let drained = drainTypingEvents(terminal, into: &state, keys: keys)
        return (drained.effects, drained.leftover, PrefetchScope(state) != scope)
    }

    static func drainTypingEvents(_ terminal: Terminal, into state: inout AppState,
                                  keys: KeyTable) -> (effects: [Effect], leftover: TerminalEvent?) {
        var pending = ""
        func flush() {
            guard !pending.isEmpty, case .prompt(let prompt) = state.input else { return }
            typeText(pending, into: prompt, in: &state)
            pending = ""
        }
        while case .prompt = state.input, let event = terminal.nextEvent(timeoutMilliseconds: 0) {
            guard case .key(let key) = event else {
                flush()
                return ([], event)
            }
            if case .character(let character) = key {
                pending.append(character)
                continue
            }
            flush()
            var effects = update(&state, .key(key), keys: keys)
            _ = takePrefetch(from: &effects)
            if !effects.isEmpty { return (effects, nil) }
        }
        flush()
        return ([], nil)
    }

    /// Performs one effect; returns the exit reason when it ends the loop. An export reads the frame dataset of its
    /// pane (the loop defers it until that pane's logits are parsed).
    static func perform(_ effect: Effect, state: inout AppState, terminal: Terminal, data: ExplorerData,
                        keys: KeyTable, exporter: ExportWriter, screens: SavedScreens? = nil) -> ExitReason? {
        let dataset = effect.exportedPane.flatMap(data.readyDataset) ?? data.base
        switch effect {
        case .quit: return .quit
        case .prefetchNeighbours: break  // the loop takes it out and performs it after the next frame
        case .suspend: terminal.suspend()
        case .export(let pane):
            let result = performExport(pane, dataset: dataset, size: terminal.size, exporter: exporter,
                                       options: state.renderOptions)
            _ = update(&state, .report(result), keys: keys)
        case .saveScreen(let pane, let name):
            let result = screens.map { $0.save(pane, as: name) } ?? "saved screens are off in this session"
            _ = update(&state, .report(result), keys: keys)
        case .openScreen(let name):
            guard let screens else { return nil }
            do {
                let pane = try screens.open(name)
                state.replaceStack(with: pane)
                state.modelFilterText = pane.filters.models.joined(separator: ",")
                _ = update(&state, .report("opened screen \(name)"), keys: keys)
            } catch {
                _ = update(&state, .report(error.description), keys: keys)
            }
        case .exportFile(let pane, let name, let format, let charset):
            var options = state.renderOptions
            options.charset = charset
            let result: String
            do {
                let url = try exporter.exportFile(pane, dataset: dataset, size: terminal.size, name: name,
                                                  format: format, options: options)
                let inFolder = url.deletingLastPathComponent().standardizedFileURL.path
                    == exporter.directory.standardizedFileURL.path
                result = "wrote " + (inFolder ? "./" + url.lastPathComponent : url.path)
            } catch {
                result = error.description
            }
            _ = update(&state, .report(result), keys: keys)
        }
        return nil
    }

    static func message(for event: TerminalEvent) -> Message {
        switch event {
        case .key(let key): return .key(key)
        case .resize(let size): return .resize(size)
        case .mouse(let mouse): return .mouse(mouse)
        case .signal: return .quit
        }
    }

    /// Writes the export and returns the status-line text: the file names, or why it failed.
    static func performExport(_ pane: PaneState, dataset: Dataset, size: TerminalSize, exporter: ExportWriter,
                              options: RenderOptions = RenderOptions()) -> String {
        do {
            let result = try exporter.export(pane, dataset: dataset, size: size, options: options)
            let names = result.files.map(\.lastPathComponent)
            return "exported " + names.joined(separator: ", ")
        } catch {
            return error.description
        }
    }
}

extension Effect {
    /// The pane an export writes (nil for other effects).
    var exportedPane: PaneState? {
        switch self {
        case .export(let pane), .exportFile(let pane, _, _, _): return pane
        default: return nil
        }
    }
}
