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
    public func total(disease: DiseaseID) -> Int { vector(disease: disease).reduce(0, +) }
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
