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

    /// The tab bar: one title per view, `1 Windows`, … `0 Languages`, then the rest unnumbered; the current one
    /// selected.
    static func tabBar(_ state: AppState) -> TabBar {
        let labels = state.views.enumerated().map { index, view in
            index < 10 ? "\((index + 1) % 10) \(view.title)" : view.title
        }
        return TabBar(titles: labels, selected: state.views.firstIndex(of: state.tab) ?? 0)
    }

    /// The tabs the bar draws in `width` (scrolled so the current tab is visible) and the columns each occupies,
    /// for mouse clicks.
    static func tabs(_ state: AppState, width: Int) -> [Tab] {
        let bar = tabBar(state)
        return bar.spans(width: width).map { span in
            Tab(view: state.views[span.index], label: bar.titles[span.index], range: span.columns)
        }
    }
}
