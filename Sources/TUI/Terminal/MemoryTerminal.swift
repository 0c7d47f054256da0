import Views

/// A terminal for tests: replays scripted events, records every drawn frame, counts suspends and shutdowns.
public final class MemoryTerminal: Terminal {
    public private(set) var size: TerminalSize
    public private(set) var frames: [Buffer] = []
    public private(set) var suspendCount = 0
    public private(set) var shutdownCount = 0
    private var pending: [TerminalEvent]

    public init(size: TerminalSize, events: [TerminalEvent]) {
        self.size = size
        self.pending = events
    }

    /// The last frame drawn, as plain text.
    public var screen: String { frames.last?.plainText() ?? "" }

    public func draw(_ buffer: Buffer) throws {
        frames.append(buffer)
    }

    /// Pops the next scripted event; a resize event also changes `size`. Nil once the script is exhausted.
    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        guard !pending.isEmpty else { return nil }
        let event = pending.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public var isExhausted: Bool { pending.isEmpty }

    public func suspend() { suspendCount += 1 }

    public func shutdown() { shutdownCount += 1 }
}
