/// Every reason code of a paper-vs-correct difference, in a sentence (`R`, and the inspector).
enum ReasonGlossary {
    static let entries: [(code: String, sentence: String)] = [
        ("excluded model", "The paper leaves the model out (pile-t5-base/large), so the row exists in one mode only."),
        ("excluded disease", "The paper drops the disease (parkinson, vision problems, acute gastritis, aortic aneurysem)."),
        ("paper row set", "The paper's tables hold a different set of rows than the corrected computation."),
        ("API zeros averaged as values", "GPT-3.5 logits missing as 0 are averaged in the paper as if they were values."),
        ("API zeros", "GPT-3.5 zeros (missing logits) enter the paper's score as values."),
        ("tie rule", "Ties: the paper ranks tied values by alphabetical position, the correct mode uses average ranks."),
        ("NaN template mean → 0", "The paper turns a template mean over NaN logits into 0; correct mode leaves it out."),
        ("bottom copied from top", "The paper's bottom counts repeat its top counts."),
        ("NaN handling", "The paper keeps templates with NaN logits; correct mode drops them."),
        ("quartile artefact", "The paper's quartile comes from the window-50 counts, not the window shown."),
        ("name-list tau", "The paper's tau compares lists of names rather than ranks of values."),
        ("string-sorted prevalence", "The paper sorts prevalence as text, so '9' ranks above '10'."),
        ("paper's 89 diseases", "The paper counts over its 89 diseases, not every disease with data."),
        ("paper ordering/definitions of Section 1", "Section 1 tables follow the paper's ordering and definitions."),
        ("untrimmed-name sort", "The paper sorts disease names with their stray spaces."),
        ("missing prevalence as 0", "The paper counts a missing prevalence as 0."),
        ("paper procedure", "Any other difference of the paper's procedure from the corrected one."),
    ]

    static var lines: [String] { entries.map { $0.code + ": " + $0.sentence } }

    /// The sentences of the codes a reason text contains.
    static func sentences(for reason: String) -> [String] {
        entries.filter { reason.contains($0.code) }.map(\.sentence)
    }
}
