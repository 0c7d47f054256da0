import Analysis
import ArgumentParser
import CProcess
import Foundation

/// Runs the command line as `ParsableCommand.main()` would, with two differences (issue 20): every message of the
/// argument parser goes through `sanitizedForTerminal` (an argument such as `--width $'1\e]0;pwn\a'` is echoed with
/// visible escapes, never as a command to the terminal), and standard output is flushed and checked before exit.
enum CommandRunner {
    static func main() -> Never {
        let status: Int32
        do {
            var command = try BiasExplorer.parseAsRoot()
            try command.run()
            status = 0
        } catch {
            status = report(error)
        }
        StandardOutput.finish(status: status)
    }

    /// Prints the parser's message for an error (help and version to stdout, the rest to stderr), sanitised line by
    /// line, and returns the exit status.
    static func report(_ error: Error) -> Int32 {
        let code = BiasExplorer.exitCode(for: error)
        let message = sanitizedLines(BiasExplorer.fullMessage(for: error))
        if !message.isEmpty {
            if code == .success {
                print(message)
            } else {
                FileHandle.standardError.write(Data((message + "\n").utf8))
            }
        }
        return code.rawValue
    }

    /// Each line sanitised; the line breaks between them kept.
    static func sanitizedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { sanitizedForTerminal(String($0)) }
            .joined(separator: "\n")
    }
}

/// The end of every command: standard output flushed and checked, so that nothing is lost without a word.
enum StandardOutput {
    /// Exit status for an output error (`EX_IOERR` of sysexits.h).
    static let writeErrorStatus: Int32 = 74

    /// Flushes stdout; exits with `status` when everything was written. A closed pipe (`render … | head`) ends
    /// quietly with the conventional SIGPIPE status (the signal re-raised with its default action); any other write
    /// error (`check > /dev/full`) prints a message on stderr and exits 74.
    static func finish(status: Int32) -> Never {
        let code = bx_flush_stdout()
        guard code != 0 else { exit(status) }
        if code == EPIPE || outputPipeIsClosed() {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        let reason = code > 0 ? String(cString: strerror(code)).lowercased() : "an earlier write failed"
        FileHandle.standardError.write(Data("biasexplorer: cannot write standard output: \(reason)\n".utf8))
        exit(writeErrorStatus)
    }

    /// Whether stdout is a pipe whose reading end is closed (`poll` reports an error on it).
    static func outputPipeIsClosed() -> Bool {
        var descriptor = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
        return poll(&descriptor, 1, 0) == 1 && (descriptor.revents & Int16(POLLERR)) != 0
    }
}
