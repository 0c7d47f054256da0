import Views

/// What a prompt on the message line types: each kind has its own history (↑/↓ recall).
public enum PromptKind: String, Sendable, Hashable, CaseIterable {
    /// `/`: the disease search (Enter jumps, n/N step).
    case search
    /// `f`: the model filter, live.
    case models
    /// `d`: the disease filter, live.
    case disease
    /// `|`: the value filter on the sheet's columns (applies on Enter).
    case rowFilter = "where"
    /// `:`: a command by name, with Tab completion.
    case command
    /// `x`: the export dialog's file name.
    case export
    /// `#`: a template set (`0-9`, `10-19`, `all`, a list).
    case templates
    /// `/` inside help: filters the bindings, live.
    case help

    /// The label before the typed text.
    var label: String {
        switch self {
        case .search: return "/"
        case .models: return "models: "
        case .disease: return "disease: "
        case .rowFilter: return "where: "
        case .command: return ":"
        case .export: return "export to: "
        case .templates: return "templates: "
        case .help: return "help /"
        }
    }

    /// Whether each edit applies at once (the filter follows the typing).
    var isLive: Bool { self == .models || self == .disease || self == .help }
}

/// A prompt being typed: its text, the value to restore on Esc and the history entry shown (↑/↓).
public struct Prompt: Sendable, Hashable {
    public var kind: PromptKind
    public var text: String
    public var previous: String
    public var recall: Int?
    /// The export dialog's format and charset (Tab and C-t step them).
    public var exportFormat: ExportFormat = .txt
    public var exportCharset: Charset = .unicode

    public init(kind: PromptKind, text: String = "", previous: String = "") {
        self.kind = kind
        self.text = text
        self.previous = previous
    }

    /// Longest prompt input kept: a paste beyond it is cut (and the status line says so).
    public static let maximumLength = 512
}

/// What the keyboard is typing into: commands, or a prompt.
public enum InputMode: Sendable, Hashable {
    case normal
    case prompt(Prompt)
}
