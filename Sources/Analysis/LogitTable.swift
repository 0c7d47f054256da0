/// The logits of one model in one configuration: disease × demographic × 20 templates, `NaN` = missing.
///
/// Values are stored flat (`disease * demographics * 20 + demographic * 20 + template`) so that the full data set
/// (≈ 10 million logits) stays compact and scans are cache-friendly.
public struct LogitTable: Sendable {
    public let model: String
    public let configuration: LogitConfiguration
    public let source: ModelSource
    public let diseaseCount: Int
    /// Flat values; NaN = missing (absent from the file, `NaN` token, or unparsable).
    public let values: [Double]
    /// Whether the file had an entry for the disease at all.
    public let diseasePresent: [Bool]

    public static let templateCount = TemplateSelection.templateCount

    public init(model: String, configuration: LogitConfiguration, source: ModelSource, diseaseCount: Int,
                values: [Double], diseasePresent: [Bool]) {
        precondition(values.count == diseaseCount * configuration.group.demographics.count * Self.templateCount)
        precondition(diseasePresent.count == diseaseCount)
        self.model = model
        self.configuration = configuration
        self.source = source
        self.diseaseCount = diseaseCount
        self.values = values
        self.diseasePresent = diseasePresent
    }

    public var demographicCount: Int { configuration.group.demographics.count }

    /// Whether a literal 0 stands for a missing value (GPT-3.5 `_processed` files, decision 5).
    public var zerosArePlaceholders: Bool { source == .gptProcessed }

    /// Flat offset of the first template of (disease, demographic index in group).
    @inlinable
    public func offset(disease: DiseaseID, demographicIndex: Int) -> Int {
        (disease * demographicCount + demographicIndex) * Self.templateCount
    }

    /// The logit of one template, NaN when missing (in either mode; placeholders are resolved by scoring).
    public func logit(disease: DiseaseID, demographicIndex: Int, template: Int) -> Double {
        values[offset(disease: disease, demographicIndex: demographicIndex) + template]
    }
}
