/// Two windows whose rankings are compared.
public struct WindowPair: Sendable, Hashable, CustomStringConvertible {
    public let first: Window
    public let second: Window

    public init(_ first: Window, _ second: Window) {
        self.first = first
        self.second = second
    }

    /// The pairs the spec reports (section1.md 1a-B): w10–w250, w50–w250, w100–w250, w50–w100.
    public static let reported = [WindowPair(.w10, .w250), WindowPair(.w50, .w250), WindowPair(.w100, .w250),
                                  WindowPair(.w50, .w100)]

    /// `10_250`, as used in column names.
    public var description: String { "\(first.rawValue)_\(second.rawValue)" }
}

/// How one disease's ranking behaves across the four windows.
public struct WindowRankingRow: Sendable, Hashable {
    public let disease: DiseaseID
    /// Ranking (count descending, mode tie rule) in each window, in `Window.allCases` order.
    public let rankings: [[Demographic]]
    /// Descending average ranks of the counts in each window (ties share a rank), in `Window.allCases` order.
    public let averageRanks: [[Double]]
    /// Correct mode compares weak orders (ties as ties); paper mode compares the tie-broken rankings.
    public let mode: AnalysisMode
    /// Kendall τ-b between the count vectors of window 10, 50, 100 and those of window 250 (in that order);
    /// NaN when a vector is constant.
    public let tauVsAnalysisWindow: [Double]
    /// The weak order of the counts in each window, in `Window.allCases` order (equal exactly when the average-rank
    /// vectors are).
    let weakOrders: [WeakOrder]

    /// The ranking is the same in all four windows. Correct mode: the same average-rank vector (a tie in one
    /// window and an order in another differ); paper mode: the same alphabetically tie-broken list.
    public var identicalAllWindows: Bool { Window.allCases.allSatisfy { identical(.w10, $0) } }
    /// The top is the same in all four windows. Correct mode: the same set of demographics tied at the top
    /// (README decision 9); paper mode: the same first demographic of the tie-broken list.
    public var sameTopAllWindows: Bool {
        switch mode {
        case .correct: return averageRanks.allSatisfy { Self.topSet($0) == Self.topSet(averageRanks[0]) }
        case .paper: return rankings.allSatisfy { $0.first == rankings[0].first }
        }
    }

    /// Whether the rankings of two windows are the same (the rule of `identicalAllWindows`).
    public func identical(_ first: Window, _ second: Window) -> Bool {
        guard let a = Window.allCases.firstIndex(of: first), let b = Window.allCases.firstIndex(of: second) else {
            return false
        }
        switch mode {
        case .correct: return weakOrders[a] == weakOrders[b]
        case .paper: return rankings[a] == rankings[b]
        }
    }

    /// Indices at the lowest average rank (the tied top).
    static func topSet(_ ranks: [Double]) -> [Int] {
        guard let best = ranks.min() else { return [] }
        return ranks.indices.filter { ranks[$0] == best }
    }

    /// The ranking in one window.
    public func ranking(in window: Window) -> [Demographic] {
        rankings[Window.allCases.firstIndex(of: window) ?? 0]
    }
}

/// Section 1a-B for one group: agreement of the within-disease rankings across windows.
///
/// Only diseases present in all four windows count (gender 92, race 91 on the full data). The notebook's own
/// "agreement" compared disease names, not rankings (spec bug 1), so paper mode uses these same definitions and
/// differs only in the tie rule of the rankings (alphabetical).
public struct WindowVariation: Sendable, Hashable {
    public let group: DemographicGroup
    /// Diseases present in all four windows, in name order.
    public let rows: [WindowRankingRow]

    public var diseaseCount: Int { rows.count }
    /// `#{disease : ranking identical in 10, 50, 100, 250}`.
    public var identicalAllWindows: Int { rows.filter(\.identicalAllWindows).count }
    /// `#{disease : top demographic identical in all windows}`.
    public var sameTopAllWindows: Int { rows.filter(\.sameTopAllWindows).count }

    /// `#{disease : ranking(first) == ranking(second)}` (the rule of `WindowRankingRow.identical`).
    public func identicalCount(_ pair: WindowPair) -> Int {
        rows.filter { $0.identical(pair.first, pair.second) }.count
    }

    /// Mean over diseases of τ-b(window, 250), NaN taus left out (decision 6).
    public func meanTauVsAnalysisWindow(_ window: Window) -> CountedMean {
        guard let index = [Window.w10, .w50, .w100].firstIndex(of: window) else { return CountedMean(of: []) }
        return CountedMean(of: rows.map { $0.tauVsAnalysisWindow[index] })
    }

    /// Nil when the dataset lacks one of the group's four window tables.
    public init?(_ dataset: Dataset, group: DemographicGroup, mode: AnalysisMode) {
        let tables = Window.allCases.compactMap { dataset.counts(window: $0, group: group) }
        guard tables.count == Window.allCases.count else { return nil }
        self.group = group
        self.rows = dataset.vocabulary.diseaseIDsByName
            .filter { disease in tables.allSatisfy { CompletedCounts.isPresent(disease, in: $0) } }
            .map { WindowVariation.row(disease: $0, tables: tables, mode: mode) }
    }

    static func row(disease: DiseaseID, tables: [CooccurrenceTable], mode: AnalysisMode) -> WindowRankingRow {
        let vectors = tables.map { Array($0.vector(disease: disease)).map(Double.init) }
        let demographics = tables[0].group.demographics
        let rankings = vectors.map { DemographicOrdering.ordered($0, of: demographics, mode: mode) }
        let analysis = vectors[vectors.count - 1]
        let taus = vectors.dropLast().map { KendallTau.tauB($0, analysis) }
        return WindowRankingRow(disease: disease, rankings: rankings,
                                averageRanks: vectors.map { Ranking.averageRanks($0, descending: true) },
                                mode: mode, tauVsAnalysisWindow: taus, weakOrders: vectors.map { WeakOrder($0) })
    }
}

/// How many diseases and raw rows one (group, window) file has (`window_coverage.csv`).
public struct WindowCoverage: Sendable, Hashable {
    public let group: DemographicGroup
    public let window: Window
    public let diseaseCount: Int
    public let rawRowCount: Int

    /// One entry per (group, window) table of the dataset, gender first, windows ascending.
    public static func all(_ dataset: Dataset) -> [WindowCoverage] {
        DemographicGroup.allCases.sorted().flatMap { group in
            Window.allCases.compactMap { window in
                dataset.counts(window: window, group: group).map {
                    WindowCoverage(group: group, window: window,
                                   diseaseCount: $0.diseasePresent.filter { $0 }.count, rawRowCount: $0.rowCount)
                }
            }
        }
    }
}
