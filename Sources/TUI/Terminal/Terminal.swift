import Views

/// The thin adapter between the app loop and a screen: it draws buffers and returns events, nothing else.
/// `CursesTerminal` drives a real tty; `MemoryTerminal` replays scripted events and records frames for tests.
public protocol Terminal: AnyObject {
    /// Current size in cells.
    var size: TerminalSize { get }
    /// Shows a buffer (the whole screen).
    func draw(_ buffer: Buffer) throws
    /// The next event, or nil when none arrived within `timeoutMilliseconds`.
    func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent?
    /// Gives the tty back to the shell and stops the process (Ctrl-Z); returns after `fg` with the screen re-entered.
    func suspend()
    /// Restores the tty. Safe to call more than once.
    func shutdown()
}
