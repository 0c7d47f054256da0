/// `--color auto|always|never`. The decision reads its inputs as arguments, never the process environment.
public enum ColorMode: String, CaseIterable, Sendable, Hashable {
    case auto, always, never

    /// Whether to colour: `always` yes, `never` no; `auto` only on a terminal, without a non-empty `NO_COLOR`
    /// (no-color.org) and with `TERM` set and not `dumb`.
    public func isEnabled(environment: [String: String], isTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return false }
            return isTerminal
        }
    }
}
