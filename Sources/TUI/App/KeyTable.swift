/// Binds keys to commands (VisiData `bindkey`), kept apart from what the commands do.
public struct KeyTable: Sendable {
    /// A binding; `viewIndex` is set for the number keys of `go-to-view`.
    public struct Binding: Sendable, Hashable {
        public let key: Key
        public let command: Command
        public let viewIndex: Int?
    }

    public let bindings: [Binding]

    public init(bindings: [Binding]) { self.bindings = bindings }

    /// The command bound to a key and, for `go-to-view`, the view index; nil when unbound.
    public func binding(for key: Key) -> Binding? {
        bindings.first { $0.key == key }
    }

    /// Keys bound to a command, in table order.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.map(\.key)
    }

    /// `key: summary` hints for the status line, for the given commands in order.
    public func hints(_ commands: [Command]) -> String {
        commands.compactMap { command in
            keys(for: command).first.map { "\($0.displayName) \(command.rawValue)" }
        }.joined(separator: "  ")
    }

    /// One help line per command: its keys, its name and what it does.
    public func helpLines() -> [String] {
        Command.allCases.compactMap { command in
            let keys = self.keys(for: command)
            guard !keys.isEmpty else { return nil }
            let names = command == .goToView ? "1-9 0" : keys.map(\.displayName).joined(separator: " ")
            return pad(names, 12) + pad(command.rawValue, 18) + command.summary
        }
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
        bind(.goTop, .character("g"), .home)
        bind(.goBottom, .character("G"), .end)
        bind(.searchDisease, .character("/"))
        bind(.searchNext, .character("n"))
        bind(.searchPrevious, .character("N"))
        bind(.filterModel, .character("f"))
        bind(.cycleLanguage, .character("L"))
        bind(.cycleLogitType, .character("t"))
        bind(.cycleContext, .character("c"))
        bind(.toggleMode, .character("m"))
        bind(.cycleWindow, .character("w"))
        bind(.cycleTemplates, .character("T"))
        bind(.cycleGroup, .character("r"))
        bind(.toggleBottom, .character("b"))
        bind(.toggleReduced, .character("R"))
        bind(.sortByColumn, .character("s"))
        bind(.drillDown, .enter)
        bind(.goBack, .character("q"), .escape)
        bind(.showHelp, .character("?"))
        bind(.exportView, .character("x"))
        bind(.suspend, .control("z"))
        bind(.quit, .control("c"))
        return table
    }
}
