import Analysis

/// Why the explorer cannot take over the terminal. The text is what the user reads.
public enum TerminalSetupError: Error, Sendable, Hashable, CustomStringConvertible {
    case notATerminal
    case missingTerm
    case dumbTerminal
    case unknownTerm(String)
    case cannotStart(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "biasexplorer: the explorer needs a terminal; for a file or a pipe use `biasexplorer render VIEW`"
        case .missingTerm:
            return "biasexplorer: TERM is not set; set it (for example TERM=xterm-256color) or use `biasexplorer render VIEW`"
        case .dumbTerminal:
            return "biasexplorer: TERM=dumb cannot draw the explorer; use `biasexplorer render VIEW` or a full terminal"
        case .unknownTerm(let name):
            return "biasexplorer: unknown terminal type '\(sanitizedForTerminal(name))'; try TERM=xterm-256color, or `biasexplorer render VIEW`"
        case .cannotStart(let reason):
            return "biasexplorer: cannot start the terminal: \(reason)"
        }
    }
}

