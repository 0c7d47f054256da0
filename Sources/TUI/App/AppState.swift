import Views

/// What the keyboard is typing into: commands, the disease search (`/`) or the model filter (`f`).
public enum InputMode: Sendable, Hashable {
    case normal
    case searchDisease(text: String)
    /// `previous` is the filter text to restore on Esc.
    case filterModel(text: String, previous: String)
}

/// The explorer's whole state, a value: `update` changes it, `render` draws it.
public struct AppState: Sendable, Hashable {
    /// Drill-down stack; the first element is the tab's root pane, the last is on screen. Never empty.
    public private(set) var stack: [PaneState]
    /// The model filter text as typed (`pythia, qwen`); its terms are the panes' `filters.models`.
    public var modelFilterText: String
    public var input: InputMode = .normal
    public var helpVisible = false
    /// One message for the status line (the result of the last command, or why it failed).
    public var statusMessage: String?
    /// What the pane reported when last drawn (rows, columns, drill target under the cursor).
    public var lastSummary = PaneSummary()
    public var size: TerminalSize
    /// Charset and colour of every pane and the chrome (`--charset`, `--color`, the locale).
    public var renderOptions = RenderOptions()
    /// The order of the tabs.
    public let views: [ViewID]

    public init(pane: PaneState, size: TerminalSize = TerminalSize(width: 80, height: 24),
                views: [ViewID] = ViewID.allCases) {
        self.stack = [pane]
        self.modelFilterText = pane.filters.models.joined(separator: ",")
        self.size = size
        self.views = views
    }

    /// The pane on screen.
    public var pane: PaneState {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    /// The tab (the root pane's view).
    public var tab: ViewID { stack[0].view }

    /// Opens a pane on top (drill-down).
    public mutating func push(_ pane: PaneState) { stack.append(pane) }

    /// Closes the top pane; false at the root.
    public mutating func pop() -> Bool {
        guard stack.count > 1 else { return false }
        stack.removeLast()
        return true
    }

    /// Replaces the stack with a root pane of another view, keeping the filters.
    public mutating func switchTab(to view: ViewID) {
        var root = PaneState(view: view, filters: pane.filters)
        root.filters.sort = nil
        stack = [root]
    }

    /// Applies a filter change to every pane of the stack, so going back shows the same selection.
    public mutating func changeFilters(_ change: (inout ViewFilters) -> Void) {
        for index in stack.indices { change(&stack[index].filters) }
    }
}

/// What the loop feeds `update`.
public enum Message: Sendable, Hashable {
    case key(Key)
    case resize(TerminalSize)
    case mouse(MouseEvent)
    case tick
    case quit
    /// A command run by name (from a binding, or directly by tests); `viewIndex` for `go-to-view`.
    case run(Command, viewIndex: Int?)
    /// The result of an effect the loop performed (export), shown in the status line.
    case report(String)
}

/// Side effects `update` asks the loop to perform, as data.
public enum Effect: Sendable, Hashable {
    case export(PaneState)
    case suspend
    case quit
}
