import Analysis
import Views

/// The explorer's whole state, a value: `update` changes it, `render` draws it.
public struct AppState: Sendable, Hashable {
    /// Drill-down stack; the first element is the tab's root pane, the last is on screen. Never empty.
    public private(set) var stack: [PaneState]
    /// The model filter text as typed (`pythia, qwen`); its terms are the panes' `filters.models`.
    public var modelFilterText: String
    public var input: InputMode = .normal
    public var overlay: Overlay?
    /// A prefix key (`g`, `z`) waiting for its second key.
    public var pendingPrefix: Character?
    /// The model side panel hidden by `\` (it also hides itself below 100 columns).
    public var sidePanelHidden = false
    /// The side panel's cursor while it has the focus (`M`); nil = the pane has the keys.
    public var sideCursor: Int?
    /// Earlier entries of each prompt, oldest first (↑/↓ recall).
    public var history: [PromptKind: [String]] = [:]
    /// The configuration pinned by `P`: every view then uses it instead of its own defaults.
    public var pinned: PinnedConfiguration?
    /// One message for the status line (the result of the last command, or why it failed).
    public var statusMessage: String?
    /// How much of the data is read: what the pane on screen waits for, whether the Problems view is partial
    /// (the loop sets it before every frame from `ExplorerData`).
    public var data = DataStatus()
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

    /// A new root pane (`:open NAME`).
    public mutating func replaceStack(with pane: PaneState) { stack = [pane] }

    /// Closes the top pane; false at the root.
    public mutating func pop() -> Bool {
        guard stack.count > 1 else { return false }
        stack.removeLast()
        return true
    }

    /// Whether the help overlay is up.
    public var helpVisible: Bool {
        if case .help? = overlay { return true } else { return false }
    }

    /// Replaces the stack with a root pane of another view, keeping the filters that apply to every sheet (the
    /// sort, the value filter and column choices name one view's columns, so they stay behind).
    public mutating func switchTab(to view: ViewID) {
        var root = PaneState(view: view, filters: pane.filters)
        root.filters.sort = nil
        root.filters.rowFilter = nil
        root.filters.hiddenColumns = []
        root.filters.shownColumns = nil
        root.filters.widenedColumns = []
        if let pinned { pinned.apply(to: &root.filters) }
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
    /// The export dialog's choice: the file name (in the current folder unless it names a folder), format, charset.
    case exportFile(PaneState, name: String, format: ExportFormat, charset: Charset)
    /// `:save NAME` and `:open NAME` (saved screens).
    case saveScreen(PaneState, name: String)
    case openScreen(name: String)
    case suspend
    case quit
    /// Compute the queries of the frames one key away into the query cache once the new frame is drawn
    /// (`Prefetcher`); `update` asks for it when the pane's view, filters or drill-down changed.
    case prefetchNeighbours
}
