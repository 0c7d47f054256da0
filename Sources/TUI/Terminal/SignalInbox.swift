import Dispatch
import Foundation

/// SIGINT, SIGTERM and SIGHUP turned into events: the signals are ignored at the process level and watched with
/// dispatch sources, whose handlers only record them; the main loop picks them up and restores the terminal itself.
final class SignalInbox: @unchecked Sendable {
    private let lock = NSLock()
    private var received: [TerminalSignal] = []
    private var sources: [DispatchSourceSignal] = []

    static let watched: [(Int32, TerminalSignal)] = [(SIGINT, .interrupt), (SIGTERM, .terminate), (SIGHUP, .hangup)]

    /// Starts watching; must run before `newterm` so ncurses does not install its own handlers for them.
    func start() {
        for (number, signal) in SignalInbox.watched {
            _ = Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.post(signal) }
            source.resume()
            sources.append(source)
        }
    }

    func post(_ signal: TerminalSignal) {
        lock.lock()
        received.append(signal)
        lock.unlock()
    }

    /// The oldest signal not yet taken.
    func take() -> TerminalSignal? {
        lock.lock()
        defer { lock.unlock() }
        return received.isEmpty ? nil : received.removeFirst()
    }

    func stop() {
        for source in sources { source.cancel() }
        sources.removeAll()
    }
}
