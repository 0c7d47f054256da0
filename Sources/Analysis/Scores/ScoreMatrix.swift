/// The scores of one model in one configuration: disease × demographic means of the selected templates' logits,
/// with how many templates each mean used.
///
/// `score(d, g) = Σ_{t ∈ T, x_t present} x_t / n`, `n = #{t ∈ T : x_t present}`; NaN (no score) when `n = 0`.
/// A value is missing when it is NaN, or when it is a GPT-3.5 `_processed` placeholder zero in correct mode
/// (README decision 5); paper mode averages those zeros as values. Flat storage, one pass over the logits, no
/// per-cell allocation: O(diseases × demographics × |T|).
public struct ScoreMatrix: Sendable, Hashable {
    public let model: String
    public let configuration: LogitConfiguration
    public let templates: TemplateSelection
    public let mode: AnalysisMode
    public let diseaseCount: Int
    public let demographicCount: Int
    /// `scores[disease * demographicCount + demographicIndex]`, canonical demographic order; NaN = no score.
    public let scores: [Double]
    /// Templates averaged into each score (0 when it has none).
    public let templateCounts: [UInt8]

    public init(model: String, configuration: LogitConfiguration, templates: TemplateSelection,
                mode: AnalysisMode, scores: [Double], templateCounts: [UInt8]) {
        let width = configuration.group.demographics.count
        precondition(scores.count % width == 0 && templateCounts.count == scores.count)
        self.model = model
        self.configuration = configuration
        self.templates = templates
        self.mode = mode
        self.diseaseCount = scores.count / width
        self.demographicCount = width
        self.scores = scores
        self.templateCounts = templateCounts
    }

    /// Scores a logit table (see the type's formula).
    public init(_ table: LogitTable, templates: TemplateSelection, mode: AnalysisMode) {
        let cells = table.diseaseCount * table.demographicCount
        let skipZeros = table.zerosArePlaceholders && mode == .correct
        let selected = templates.indices.filter { $0 >= 0 && $0 < LogitTable.templateCount }
        var scores = [Double](repeating: .nan, count: cells)
        var counts = [UInt8](repeating: 0, count: cells)
        // Hand-written loop (the hottest of every pane's first draw): the selected templates and each cell's 20
        // template values read through buffers, without bounds checks.
        selected.withUnsafeBufferPointer { selected in
            table.values.withUnsafeBufferPointer { values in
                scores.withUnsafeMutableBufferPointer { means in
                    counts.withUnsafeMutableBufferPointer { used in
                        for cell in 0..<cells {
                            let row = UnsafeBufferPointer(rebasing: values[(cell * LogitTable.templateCount)...])
                            var sum = 0.0, n = 0
                            for template in selected {
                                let value = row[template]
                                if value.isNaN || (skipZeros && value == 0) { continue }
                                sum += value
                                n += 1
                            }
                            means[cell] = n > 0 ? sum / Double(n) : .nan
                            used[cell] = UInt8(n)
                        }
                    }
                }
            }
        }
        self.init(model: table.model, configuration: table.configuration, templates: templates, mode: mode,
                  scores: scores, templateCounts: counts)
    }

    public var group: DemographicGroup { configuration.group }

    /// The score of a disease and demographic (index in the group's canonical order); NaN when it has none.
    @inlinable
    public func score(disease: DiseaseID, demographicIndex: Int) -> Double {
        scores[disease * demographicCount + demographicIndex]
    }

    /// Number of templates averaged into a score.
    public func templateCount(disease: DiseaseID, demographicIndex: Int) -> Int {
        Int(templateCounts[disease * demographicCount + demographicIndex])
    }

    /// The scores of a disease, canonical demographic order.
    public func vector(disease: DiseaseID) -> [Double] {
        Array(scores[diseaseRange(disease)])
    }

    /// Whether at least one demographic of the disease has a score (the disease can be ranked).
    public func hasScores(disease: DiseaseID) -> Bool {
        for index in 0..<demographicCount where !score(disease: disease, demographicIndex: index).isNaN {
            return true
        }
        return false
    }
}
