/// The panes, one per analysis, by their stable names (`render VIEW`, `--view`, the tab bar).
public enum ViewID: String, CaseIterable, Sendable, Hashable {
    case windows, counts, ranks, prevalence
    case topBottom = "top-bottom"
    case templates, tau
    case tauSize = "tau-size"
    case uncorrelated, languages
    case tfVsRaw = "tf-vs-raw"
    case alignment
    case paperVsCorrect = "paper-vs-correct"
    case problems

    /// Short title for the tab bar.
    public var title: String {
        switch self {
        case .windows: return "Windows"
        case .counts: return "Counts"
        case .ranks: return "Ranks"
        case .prevalence: return "Prevalence"
        case .topBottom: return "Top/Bottom"
        case .templates: return "Templates"
        case .tau: return "Tau"
        case .tauSize: return "Tau×Size"
        case .uncorrelated: return "Uncorrelated"
        case .languages: return "Languages"
        case .tfVsRaw: return "TF vs raw"
        case .alignment: return "Alignment"
        case .paperVsCorrect: return "Paper vs correct"
        case .problems: return "Problems"
        }
    }
}
