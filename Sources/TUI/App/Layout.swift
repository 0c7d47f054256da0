import Views

/// Where each part of the screen goes: tab bar (row 0), main pane and model list, status line, message line.
enum Layout {
    /// The smallest terminal the explorer draws into.
    static let minimumSize = TerminalSize(width: 40, height: 10)

    static func isTooSmall(_ size: TerminalSize) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }

    /// Rows available to the pane: all but the tab bar, the status line(s) and the message line.
    static func paneRows(_ size: TerminalSize) -> Int { max(0, size.height - 3) }

    static func paneRows(_ state: AppState) -> Int { max(0, state.size.height - 2 - statusRows(state)) }

    /// The status line takes a second row when its text does not fit in one (from 16 rows).
    static func statusRows(_ state: AppState) -> Int {
        state.size.height >= 16 && StatusText.lines(state, summary: state.lastSummary, width: state.size.width).count > 1
            ? 2 : 1
    }

    /// Width of the model list on the right: 0 below 100 columns or when hidden (`\`).
    static func sideWidth(_ size: TerminalSize, hidden: Bool = false) -> Int {
        if hidden { return 0 }
        if size.width >= 110 { return 34 }
        if size.width >= 100 { return 28 }
        return 0
    }

    static func paneArea(_ state: AppState) -> Rect {
        let size = state.size
        let side = sideWidth(size, hidden: state.sidePanelHidden)
        return Rect(x: 0, y: 1, width: size.width - (side > 0 ? side + 1 : 0), height: paneRows(state))
    }

    static func sideArea(_ state: AppState) -> Rect {
        let side = sideWidth(state.size, hidden: state.sidePanelHidden)
        return Rect(x: state.size.width - side, y: 1, width: side, height: paneRows(state))
    }

    /// One tab of the tab bar: its view, its label and the columns it occupies.
    struct Tab {
        let view: ViewID
        let label: String
        let range: Range<Int>
    }

    /// The tabs that fit in `width`, scrolled so the current tab is visible. Labels are `1 Windows`, … `0 Languages`.
    static func tabs(_ state: AppState, width: Int) -> [Tab] {
        let labels = state.views.enumerated().map { index, view in
            index < 10 ? "\((index + 1) % 10) \(view.title)" : view.title
        }
        let current = state.views.firstIndex(of: state.tab) ?? 0
        var first = 0
        while first < current, labelsWidth(labels[first...current]) > width { first += 1 }
        var tabs: [Tab] = []
        var x = 0
        for index in first..<labels.count {
            let labelWidth = DisplayWidth.of(labels[index]) + 2
            guard x + labelWidth <= width else { break }
            tabs.append(Tab(view: state.views[index], label: labels[index], range: x..<(x + labelWidth)))
            x += labelWidth + 1
        }
        return tabs
    }

    static func labelsWidth(_ labels: ArraySlice<String>) -> Int {
        labels.reduce(0) { $0 + DisplayWidth.of($1) + 3 }
    }
}
