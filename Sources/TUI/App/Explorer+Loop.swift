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
    /// The loop: draw, wait for an event, update, perform effects. Redraws only after an event. After each frame the
    /// `prefetcher` warms the frames one filter key away in the background (nil: no warm-up).
    /// The caller shuts the terminal down (in a `defer`, so an error restores it too).
    public static func run(terminal: Terminal, dataset: Dataset, state initial: AppState,
                           keys: KeyTable = .standard, exporter: ExportWriter,
                           idleLimit: Int? = nil, prefetcher: Prefetcher? = Prefetcher()) throws -> ExitReason {
        var state = initial
        state.size = terminal.size
        var idle = 0
        var needsDraw = true
        while true {
            if needsDraw {
                let frame = render(state, dataset: dataset, keys: keys)
                state.lastSummary = frame.summary
                try terminal.draw(frame.buffer)
                prefetcher?.frameDrawn(state, dataset: dataset, keys: keys)
            }
            guard let event = terminal.nextEvent(timeoutMilliseconds: 250) else {
                idle += 1
                if let idleLimit, idle >= idleLimit { return .endOfInput }
                needsDraw = false
                continue
            }
            idle = 0
            needsDraw = true
            if case .signal(let signal) = event { return .signal(signal) }
            let effects = update(&state, message(for: event), keys: keys)
            for effect in effects {
                switch effect {
                case .quit: return .quit
                case .suspend: terminal.suspend()
                case .export(let pane):
                    let result = performExport(pane, dataset: dataset, size: terminal.size, exporter: exporter,
                                               options: state.renderOptions)
                    _ = update(&state, .report(result), keys: keys)
                }
            }
        }
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
