/// Windowed co-occurrence counts of one group: disease × demographic (canonical order), missing rows = 0.
public struct CooccurrenceTable: Sendable, Hashable {
    public let window: Window
    public let group: DemographicGroup
    /// `counts[disease * demographics + demographicIndex]`.
    public let counts: [Int]
    /// A disease is present in a window iff the file had at least one row for it.
    public let diseasePresent: [Bool]
    /// Rows read from the file (after merging duplicates).
    public let rowCount: Int

    public init(window: Window, group: DemographicGroup, counts: [Int], diseasePresent: [Bool], rowCount: Int) {
        precondition(counts.count == diseasePresent.count * group.demographics.count)
        self.window = window
        self.group = group
        self.counts = counts
        self.diseasePresent = diseasePresent
        self.rowCount = rowCount
    }

    public var diseaseCount: Int { diseasePresent.count }

    /// The largest count the loaders accept, 2^50: sums over every cell of every table (at most 93 × 6 × 8 cells)
    /// stay below 2^63, and each count is exact as a Double, so no derived sum or conversion can overflow (issue 20).
    public static let maximumCount = 1 << 50

    /// Completed count (0 when the file had no row).
    public func count(disease: DiseaseID, demographicIndex: Int) -> Int {
        counts[disease * group.demographics.count + demographicIndex]
    }

    /// The group's count vector for a disease, canonical demographic order.
    public func vector(disease: DiseaseID) -> ArraySlice<Int> {
        let width = group.demographics.count
        return counts[(disease * width)..<((disease + 1) * width)]
    }

    /// Σ over the group's demographics.
    public func total(disease: DiseaseID) -> Int { saturatingSum(vector(disease: disease)) }
}

/// Key of a co-occurrence table.
public struct CooccurrenceKey: Sendable, Hashable {
    public let window: Window
    public let group: DemographicGroup
    public init(window: Window, group: DemographicGroup) {
        self.window = window
        self.group = group
    }
}

/// Σ of data-derived integers with checked additions: Int.max instead of a trap when the sum overflows (the loaders
/// bound counts so that it cannot; this keeps a hand-built table from trapping too).
public func saturatingSum<Values: Sequence>(_ values: Values) -> Int where Values.Element == Int {
    var total = 0
    for value in values {
        let (sum, overflow) = total.addingReportingOverflow(value)
        if overflow { return value < 0 ? Int.min : Int.max }
        total = sum
    }
    return total
}
