/// The rule set that names why a paper-mode cell differs from the correct one (first matching rule wins):
///
/// 1. A row in one mode only: `excluded model` (pile-t5-base/large), `excluded disease` (parkinson, vision
///    problems, acute gastritis, aortic aneurysem), else `paper row set`.
/// 2. A GPT-3.5 (`_processed`) model in the key: `API zeros averaged as values`, plus the table's own reason.
/// 3. Per table and column:
///    - scores.csv: score, n_templates → API zeros; rank → `tie rule` (paper: alphabetical position; correct:
///      average rank).
///    - top_bottom.csv: the hf/American/0–9 block (Section 3's count table) → `excluded disease` for n_diseases,
///      else `paper's 89 diseases; tie rule …`; other blocks `NaN template mean → 0; top = average rank exactly 1`,
///      bottom → `bottom copied from top`.
///    - top_bottom_by_template.csv: `rank(method='min') == 1 picks the lowest logit; bottom copied from top`.
///    - template_robustness.csv: `NaN handling` (paper keeps templates with NaN logits).
///    - tau_counts.csv: count_quartile → `quartile artefact (window-50 quartile)`.
///    - alignment_pairs.csv n_diseases → `excluded disease`.
///    - tau_real.csv, alignment_pairs.csv d_tau/mean_tau columns: `name-list tau`, plus `string-sorted
///      prevalence` when the disease's string order differs from its numeric order.
///    - tau_hf_vs_hftf.csv, alignment rank taus, language_change.csv: `name-list tau`; tops, flips, rankings and
///      top/bottom counts → `tie rule (alphabetical rank[0]/rank[-1])`.
///    - Section 1 tables: `paper ordering/definitions of Section 1` (disease_totals: `untrimmed-name sort,
///      quartile`; prevalence_comparison: `missing prevalence as 0`).
/// 4. Otherwise `paper procedure`.
public struct DifferenceReasons: Sendable {
    let apiZeroModels: Set<String>
    let excludedModels: Set<String>
    let excludedDiseases: Set<String>
    /// Canonical names of the diseases whose raw-string prevalence order differs from the numeric one, per group.
    let stringSortedDiseases: [DemographicGroup: Set<String>]

    public init(_ dataset: Dataset) {
        apiZeroModels = Set(dataset.models.filter { $0.source == .gptProcessed }.map(\.id))
        excludedModels = Set(Section3Paper.excludedModels)
        excludedDiseases = Set(Section2Paper.excludedDiseaseNames)
        var sorted: [DemographicGroup: Set<String>] = [:]
        if let table = dataset.prevalence[.real] {
            for group in DemographicGroup.allCases {
                sorted[group] = Set(table.rows.compactMap { row -> String? in
                    guard let disease = row.disease else { return nil }
                    let byText = RealPrevalenceTau.realRanking(row, columns: table.columns, group: group)
                    let byValue = byText.sorted { (row.values[$0]?.value ?? 0) > (row.values[$1]?.value ?? 0) }
                    return byText == byValue ? nil : dataset.diseases[disease].name
                })
            }
        }
        stringSortedDiseases = sorted
    }

    /// The reason for a difference in `column` of the row with `key` of `table` (rules above).
    public func reason(table: String, column: String, key: [KeyValue]) -> String {
        let value: (String) -> String? = { name in key.first { $0.column == name }?.value }
        if column == ModeDifference.wholeRow {
            if let model = value("model") ?? value("base"), excludedModels.contains(model) { return "excluded model" }
            if let disease = value("disease"), excludedDiseases.contains(disease) { return "excluded disease" }
            return "paper row set"
        }
        let own = tableReason(table: table, column: column, value: value)
        let models = [value("model"), value("base"), value("aligned")].compactMap { $0 }
        if models.contains(where: apiZeroModels.contains) {
            return own == "API zeros" ? "API zeros averaged as values" : "API zeros averaged as values; " + own
        }
        return own
    }

    func tableReason(table: String, column: String, value: (String) -> String?) -> String {
        let tie = "tie rule (alphabetical rank[0]/rank[-1])"
        switch table {
        case "scores.csv": return column == "rank" ? "tie rule (alphabetical position vs average rank)" : "API zeros"
        case "top_bottom.csv" where value("logit_type") == "hf" && value("context") == "american"
            && value("templates") == TemplateSelection.original.description:
            return column == "n_diseases" ? "excluded disease" : "paper's 89 diseases; " + tie
        case "top_bottom.csv":
            return column == "bottom" ? "bottom copied from top" : "NaN template mean → 0; top = average rank 1"
        case "top_bottom_by_template.csv":
            return column == "bottom" ? "bottom copied from top" : "rank(method='min') == 1 picks the lowest logit"
        case "template_robustness.csv": return "NaN handling"
        case "tau_counts.csv": return column == "count_quartile" ? "quartile artefact (window-50 quartile)" : "API zeros"
        case "tau_real.csv", "tau_real_summary.csv": return realTauReason(value)
        case "alignment_pairs.csv":
            if column.contains("tau_real") { return realTauReason(value) }
            if column == "n_diseases" { return "excluded disease" }
            return column == "mean_rank_tau" || column == "n_rank_tau" ? "name-list tau" : tie
        case "tau_hf_vs_hftf_summary.csv":
            if column == "n_diseases" { return "excluded disease" }
            return column == "n_same_top" ? tie : "name-list tau"
        case "alignment_flips.csv", "tau_hf_vs_hftf.csv":
            return column == "tau" || column == "n" ? "name-list tau" : tie
        case "language_change.csv": return "name-list tau"
        case "language_top_bottom.csv": return tie
        case "disease_totals.csv": return "untrimmed-name sort and quartile of the paper"
        case "prevalence_comparison.csv": return "missing prevalence as 0"
        case "window_agreement.csv", "cooccurrence.csv": return "paper definitions of Section 1"
        default: return "paper procedure"
        }
    }

    func realTauReason(_ value: (String) -> String?) -> String {
        guard let disease = value("disease") else { return "name-list tau; string-sorted prevalence" }
        let group = value("group").flatMap(DemographicGroup.init(rawValue:))
        let sorted = group.map { stringSortedDiseases[$0]?.contains(disease) ?? false } ?? false
        return sorted ? "string-sorted prevalence; name-list tau" : "name-list tau"
    }
}
