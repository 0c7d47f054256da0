/// Width and height of the terminal in cells.
public struct TerminalSize: Sendable, Hashable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}

/// A signal turned into an event so the terminal is restored on the main thread.
public enum TerminalSignal: Sendable, Hashable {
    case interrupt, terminate, hangup
}

/// A mouse press (only with `--mouse`): cell position and button number (1 = left, 4/5 = wheel).
public struct MouseEvent: Sendable, Hashable {
    public var x: Int
    public var y: Int
    public var button: Int

    public init(x: Int, y: Int, button: Int) {
        self.x = x
        self.y = y
        self.button = button
    }
}

/// What a terminal reports: a key, a new size, a signal, or a mouse press.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    case resize(TerminalSize)
    case signal(TerminalSignal)
    case mouse(MouseEvent)
}
