import Views

/// Binds keys to commands (VisiData `bindkey`), kept apart from what the commands do.
public struct KeyTable: Sendable {
    /// A binding; `viewIndex` is set for the number keys of `go-to-view`; `prefix` is the key typed first
    /// (`g` of `gv`, `z` of `zh`).
    public struct Binding: Sendable, Hashable {
        public let key: Key
        public let command: Command
        public let viewIndex: Int?
        public var prefix: Character?

        public init(key: Key, command: Command, viewIndex: Int?, prefix: Character? = nil) {
            self.key = key
            self.command = command
            self.viewIndex = viewIndex
            self.prefix = prefix
        }

        /// `g v`, `Down`, `C-c`.
        public var displayName: String { prefix.map { "\($0)\(key.displayName)" } ?? key.displayName }
    }

    public let bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    /// The command bound to a key (after `prefix`, when one is pending) and, for `go-to-view`, the view index;
    /// nil when unbound.
    public func binding(for key: Key, prefix: Character? = nil) -> Binding? {
        bindings.first { $0.key == key && $0.prefix == prefix }
    }

    /// Whether a key starts a two-key binding (`g`, `z`).
    public func isPrefix(_ key: Key) -> Bool {
        guard case .character(let character) = key else { return false }
        return bindings.contains { $0.prefix == character }
    }

    /// Keys bound to a command, in table order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.map(\.key)
    }

    /// Key names bound to a command, prefixes included (`gg Home`).
    public func keyNames(for command: Command) -> [String] {
        bindings.filter { $0.command == command }.map(\.displayName)
    }

    /// `key: summary` hints for the status line, for the given commands in order.
    public func hints(_ commands: [Command]) -> String {
        commands.compactMap { command in
            keyNames(for: command).first.map { "\($0) \(command.rawValue)" }
        }.joined(separator: "  ")
    }

    /// One help line per command: its keys, its name and what it does.
    public func helpLines() -> [String] { helpEntries().map { pad($0.key, 12) + $0.description } }

    /// The help overlay's rows: a command's keys, then its name and what it does.
    public func helpEntries() -> [HelpEntry] {
        Command.allCases.compactMap { command in
            let names = self.keyNames(for: command)
            guard !names.isEmpty else { return nil }
            let keys = command == .goToView ? "1-9 0" : names.joined(separator: " ")
            return HelpEntry(key: keys, description: pad(command.rawValue, 20) + command.summary)
        }
    }

    /// The key table as a Markdown table (the README's, `biasexplorer keys --markdown`).
    public func markdown() -> String {
        var lines = ["| Keys | Command | What it does |", "|---|---|---|"]
        for command in Command.allCases {
            let names = keyNames(for: command)
            guard !names.isEmpty else { continue }
            let keys = command == .goToView ? "1-9 0" : names.joined(separator: " ")
            let escaped = keys.replacingOccurrences(of: "|", with: "\\|")
            lines.append("| `\(escaped)` | `\(command.rawValue)` | \(command.summary.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    /// The explorer's keys: the conventions of VisiData, lazygit and htop.
    public static let standard = KeyTable(bindings: standardBindings())

    static func standardBindings() -> [Binding] {
        var table: [Binding] = []
        func bind(_ command: Command, _ keys: Key...) {
            for key in keys { table.append(Binding(key: key, command: command, viewIndex: nil)) }
        }
        func bind(_ command: Command, prefix: Character, _ key: Character) {
            table.append(Binding(key: .character(key), command: command, viewIndex: nil, prefix: prefix))
        }
        bind(.nextView, .tab)
        bind(.previousView, .backTab)
        for (index, digit) in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"].enumerated() {
            table.append(Binding(key: .character(Character(digit)), command: .goToView, viewIndex: index))
        }
        bind(.cursorDown, .down, .character("j"))
        bind(.cursorUp, .up, .character("k"))
        bind(.cursorLeft, .left, .character("h"))
        bind(.cursorRight, .right, .character("l"))
        bind(.pageDown, .pageDown, .control("f"))
        bind(.pageUp, .pageUp, .control("b"))
        bind(.goTop, prefix: "g", "g")
        bind(.goTop, .home)
        bind(.goBottom, .character("G"), .end)
        bind(.scrollLeftHalf, prefix: "z", "h")
        bind(.scrollRightHalf, prefix: "z", "l")
        bind(.searchDisease, .character("/"))
        bind(.searchNext, .character("n"))
        bind(.searchPrevious, .character("N"))
        bind(.filterModel, .character("f"))
        bind(.filterDisease, .character("d"))
        bind(.filterValues, .character("|"))
        bind(.clearFilters, .character("C"))
        bind(.toggleOnlyFlipped, .character("o"))
        bind(.toggleLanguageAgreement, .character("A"))
        bind(.cycleLanguage, .character("L"))
        bind(.cycleLogitType, .character("t"))
        bind(.cycleContext, .character("c"))
        bind(.toggleMode, .character("m"))
        bind(.cycleWindow, .character("w"))
        bind(.cycleTemplates, .character("T"))
        bind(.chooseTemplates, .character("#"))
        bind(.pinConfiguration, .character("P"))
        bind(.cycleGroup, .character("r"))
        bind(.toggleBottom, .character("b"))
        bind(.cycleShade, .character("S"))
        bind(.toggleReduced, .character("E"))
        bind(.sortByColumn, .character("s"))
        bind(.sortAscending, .character("["))
        bind(.sortDescending, .character("]"))
        bind(.hideColumn, .character("-"))
        bind(.showColumns, prefix: "g", "v")
        bind(.widenColumn, .character("_"))
        bind(.toggleSidePanel, .character("\\"))
        bind(.inspectCell, .character("i"))
        bind(.showGlossary, .character("R"))
        bind(.commandLine, .character(":"))
        bind(.openRankTable, .character("K"))
        bind(.focusModelList, .character("M"))
        bind(.drillDown, .enter)
        bind(.close, .escape)
        bind(.goUp, .backspace)
        bind(.goBack, .character("q"))
        bind(.showHelp, .character("?"))
        bind(.showCommand, .character("="))
        bind(.exportView, .character("x"))
        bind(.suspend, .control("z"))
        bind(.quit, .control("c"))
        return table
    }
}
