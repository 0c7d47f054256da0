/// The templates of one (model, disease) that enter the robustness measures, with their logits and ranks.
public struct TemplateRanks: Sendable, Hashable {
    public let disease: DiseaseID
    /// Template indices kept, ascending.
    public let templates: [Int]
    /// `logits[k]` = the demographics' logits in template `templates[k]` (canonical order; paper: NaN filled by 0).
    public let logits: [[Double]]
    /// Descending average ranks of `logits[k]` (rank 1 = highest logit).
    public let ranks: [[Double]]

    /// Selects and ranks the template rows of a disease (spec §5). Correct: a row containing any missing value
    /// (NaN, or a placeholder zero) is dropped. Paper (`pivot_table(fill_value=0)`): a row whose values are all NaN
    /// is dropped and the remaining NaN become 0.
    public init(_ table: LogitTable, disease: DiseaseID, templates: TemplateSelection, mode: AnalysisMode) {
        let width = table.demographicCount
        let skipZeros = table.zerosArePlaceholders && mode == .correct
        var kept: [Int] = [], rows: [[Double]] = []
        let present = disease < table.diseaseCount && table.diseasePresent[disease]
        for template in templates.indices where present && template < LogitTable.templateCount {
            var row = [Double](repeating: 0, count: width)
            var missing = 0
            for index in 0..<width {
                let value = table.logit(disease: disease, demographicIndex: index, template: template)
                if value.isNaN || (skipZeros && value == 0) { missing += 1 } else { row[index] = value }
            }
            switch mode {
            case .correct where missing > 0: continue
            case .paper where missing == width: continue
            default: break
            }
            kept.append(template)
            rows.append(row)
        }
        self.disease = disease
        self.templates = kept
        self.logits = rows
        self.ranks = rows.map { Ranking.averageRanks($0) }
    }
}
