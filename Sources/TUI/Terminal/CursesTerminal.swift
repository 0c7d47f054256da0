import Analysis
import CNcursesw
import CProcess
import Foundation
import Views

/// The ncurses adapter, and the only code that imports CNcursesw. It owns the locale, `newterm`/`endwin`, colour
/// pairs, `get_wch` and `KEY_RESIZE`; it holds no application logic.
///
/// Keys are read in raw mode: Ctrl-C arrives as byte 0x03 and Ctrl-Z as 0x1A, so quitting and suspending go
/// through the same loop as every other key and the terminal is always restored on the main thread. SIGINT,
/// SIGTERM and SIGHUP sent from outside become events through `SignalInbox`.
public final class CursesTerminal: Terminal {
    private var screen: OpaquePointer?
    private var palette: ColorPalette
    private var previous: Buffer?
    private let signals = SignalInbox()
    private let mouse: Bool

    /// Takes over the terminal, or throws a message for the user (not a tty, TERM missing, dumb or unknown).
    public init(color: ColorMode, mouse: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(TerminalSetupError) {
        try CursesTerminal.preflight(environment: environment)
        self.mouse = mouse
        self.palette = ColorPalette(enabled: false)
        setlocale(LC_ALL, "")
        var settings = termios()
        let shellSettings: termios? = tcgetattr(STDIN_FILENO, &settings) == 0 ? settings : nil
        signals.start()
        guard let screen = bx_newterm() else {
            signals.stop()
            throw .unknownTerm(environment["TERM"] ?? "")
        }
        self.screen = screen
        set_term(screen)
        configureInput()
        palette = ColorPalette(enabled: CursesTerminal.wantsColor(color, environment: environment))
        CursesTerminal.guardAgainstFatalSignals(settings: shellSettings, mouse: mouse)
    }

    /// Every signal that would end the process (SIGQUIT, SIGUSR1, SIGPIPE, a crash …) first restores the terminal
    /// (`bx_guard_terminal`); SIGINT, SIGTERM and SIGHUP arrive as events instead (`SignalInbox`).
    private static func guardAgainstFatalSignals(settings: termios?, mouse: Bool) {
        var sequence = [CChar](repeating: 0, count: 256)
        bx_exit_sequence(&sequence, sequence.count)
        var bytes = sequence.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        if mouse { bytes = Array("\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l".utf8) + bytes }
        guard var settings else { return }
        // The guard saves the settings of the moment; put the shell's back first, then take curses' again.
        var curses = termios()
        tcgetattr(STDIN_FILENO, &curses)
        tcsetattr(STDIN_FILENO, TCSANOW, &settings)
        _ = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { bx_guard_terminal(STDIN_FILENO, $0.baseAddress, $0.count) }
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &curses)
    }

    /// Checks what can be checked before touching the terminal: stdin and stdout are ttys, TERM is set and not dumb.
    public static func preflight(environment: [String: String]) throws(TerminalSetupError) {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { throw .notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw .missingTerm }
        guard term != "dumb" else { throw .dumbTerminal }
    }

    /// Colour only where the terminal has it and the choice allows it (`ColorMode`: NO_COLOR, TERM=dumb, never).
    static func wantsColor(_ choice: ColorMode, environment: [String: String]) -> Bool {
        has_colors() && choice.isEnabled(environment: environment, isTerminal: true)
    }

    private func configureInput() {
        raw()
        noecho()
        nonl()
        keypad(bx_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if mouse { mousemask(bx_all_mouse_events(), nil) }
    }

    public var size: TerminalSize {
        TerminalSize(width: Int(getmaxx(bx_stdscr())), height: Int(getmaxy(bx_stdscr())))
    }

    public func draw(_ buffer: Buffer) throws {
        guard screen != nil else { return }
        let window = bx_stdscr()
        let full = previous.map { $0.width != buffer.width || $0.height != buffer.height } ?? true
        if full { werase(window) }
        for row in 0..<buffer.height {
            for column in 0..<buffer.width {
                let cell = buffer[column, row]
                if cell.isContinuation { continue }
                if !full, let previous, previous[column, row] == cell { continue }
                put(cell, x: column, y: row)
            }
        }
        previous = buffer
        wnoutrefresh(window)
        doupdate()
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var characters: [wchar_t] = cell.character.unicodeScalars.prefix(4).map { scalar in
            isUnsafeForTerminal(scalar) ? wchar_t(63) : wchar_t(bitPattern: scalar.value)  // backstop: `?`
        }
        characters.append(0)
        let pair = palette.pair(for: cell.style)
        _ = bx_put_wide(Int32(y), Int32(x), characters, attributes(cell.style), pair)
    }

    private func attributes(_ style: Style) -> attr_t {
        var value = bx_a_normal()
        if style.bold { value |= bx_a_bold() }
        if style.dim { value |= bx_a_dim() }
        if style.reverse { value |= bx_a_reverse() }
        if style.underline { value |= bx_a_underline() }
        return value
    }

    public func nextEvent(timeoutMilliseconds: Int) -> TerminalEvent? {
        var waited = 0
        repeat {
            if let signal = signals.take() { return .signal(signal) }
            let slice = min(50, max(0, timeoutMilliseconds - waited))
            wtimeout(bx_stdscr(), Int32(slice))
            if let event = readEvent() { return event }
            waited += slice
        } while waited < timeoutMilliseconds
        return signals.take().map { .signal($0) }
    }

    private func readEvent() -> TerminalEvent? {
        var code: wint_t = 0
        let status = bx_get_wide(&code)
        if status == bx_key_code_yes() {
            if Int32(code) == bx_key_resize() {
                previous = nil
                return .resize(size)
            }
            if Int32(code) == bx_key_mouse() { return readMouse() }
            return KeyDecoder.decode(keyCode: UInt32(code)).map { .key($0) }
        }
        guard status == bx_ok() else { return nil }
        return KeyDecoder.decode(character: UInt32(code)).map { .key($0) }
    }

    private func readMouse() -> TerminalEvent? {
        var x: Int32 = 0, y: Int32 = 0, button: Int32 = 0
        guard bx_get_mouse(&x, &y, &button) == bx_ok() else { return nil }
        return .mouse(MouseEvent(x: Int(x), y: Int(y), button: Int(button)))
    }

    /// Ctrl-Z: leaves curses, stops the process with the default SIGTSTP action, and re-enters on `fg` (SIGCONT).
    public func suspend() {
        guard screen != nil else { return }
        endwin()  // the guard stays: a signal while stopped restores the shell's settings, which endwin just did
        let handler = signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        signal(SIGTSTP, handler)
        previous = nil
        clearok(bx_stdscr(), true)
        wrefresh(bx_stdscr())
    }

    public func shutdown() {
        guard let screen else { return }
        if mouse { mousemask(0, nil) }
        endwin()
        bx_unguard_terminal()
        delscreen(screen)
        self.screen = nil
        signals.stop()
    }

    deinit { shutdown() }
}
