import Analysis
@testable import TUI
import Views

/// A tiny in-memory dataset: three diseases, four models of three families (one with a hostile name), no tables.
enum TestDataset {
    static let models = [
        ModelInfo(id: "EleutherAI/pythia-70m-deduped", family: "pythia", parametersMillions: 70, source: .huggingFace),
        ModelInfo(id: "EleutherAI/pythia-1.4b-deduped", family: "pythia", parametersMillions: 1400, source: .huggingFace),
        ModelInfo(id: "Qwen/Qwen1.5-7B", family: "qwen", parametersMillions: 7000, source: .huggingFace),
        ModelInfo(id: "evil/\u{1B}[2Jwipe\u{202E}", family: "other", parametersMillions: nil, source: .huggingFace),
    ]

    static func make() -> Dataset {
        let diseases = ["asthma", "als", "mi"].enumerated().map { index, name in
            Disease(id: index, name: name, key: name, synonyms: [name], promptName: name)
        }
        let catalog = ModelCatalog(parametersMillions: [:], groups: [], alignmentPairs: [])
        let vocabulary = Vocabulary(diseases: diseases, models: catalog, templates: [:], diseaseLookup: [:],
                                    promptNames: [:])
        return Dataset(rootName: "test", vocabulary: vocabulary, models: models, cooccurrence: [:],
                       documentTotals: [], logitTables: [], prevalence: [:], filesRead: [], problems: [])
    }

    /// Applies messages in order, collecting every effect.
    static func drive(_ state: inout AppState, _ messages: [Message]) -> [Effect] {
        messages.flatMap { Explorer.update(&state, $0) }
    }

    /// Messages for typing a string.
    static func typing(_ text: String) -> [Message] {
        text.map { .key(.character($0)) }
    }

    static func screen(_ state: AppState) -> String {
        Explorer.render(state, dataset: make()).buffer.plainText()
    }
}
