import Analysis
import Data
import Testing

/// `Dataset` is a value: it holds no cache and nothing mutable, so a copy shares nothing either could change.
/// Two copies analysed at the same time (each with its own cache, or none) see exactly what one copy alone sees,
/// before, during and after.
@Suite struct DatasetValueTests {
    static let embedded = Result { try DatasetLoader.load(.embedded) }

    /// What a data set shows: its contents and analyses that read score matrices through `queries`, as text.
    static func fingerprint(_ dataset: Dataset, _ queries: Queries) -> [String] {
        let configuration = Section2Defaults.tau(group: .race)
        var lines = ["\(dataset.models.count) models, \(dataset.logitTables.count) tables, \(dataset.problems.count) problems",
                     "\(dataset.logitConfigurations.count) configurations, \(dataset.forMode(.paper).models.count) paper models"]
        for mode in AnalysisMode.allCases {
            let tau = TauAnalysis(dataset, configuration: configuration, mode: mode, queries: queries)
            lines += tau.countTaus.map { $0.map { "\($0.tau.bitPattern)/\($0.n)" }.joined(separator: " ") }
            lines += dataset.realTaus(configuration: configuration, mode: mode, queries: queries).map {
                $0.model + ": " + $0.taus.map { "\($0.tau.bitPattern)" }.joined(separator: " ")
            }
            lines += dataset.languageTopBottom(group: .race, mode: mode, queries: queries).map {
                "\($0.language) \($0.disease) \($0.demographic) \($0.top) \($0.bottom)"
            }
        }
        return lines
    }

    @Test func copiesUsedConcurrentlyChangeNothingEitherSees() throws {
        let original = try Self.embedded.get()
        let expected = Self.fingerprint(original, .uncached)
        #expect(expected.count > 100)
        let copy = original
        // Four workers at once: each copy twice, one with a cache of its own, one without.
        let caches = [TestQueryCache(), TestQueryCache()]
        let seen = ParallelMap.concurrent(Array(0..<4)) { worker in
            let dataset = worker % 2 == 0 ? original : copy
            let queries = worker < 2 ? Queries(cache: caches[worker], parallel: .concurrent) : .uncached
            return Self.fingerprint(dataset, queries)
        }
        for (worker, lines) in seen.enumerated() {
            #expect(lines == expected, "worker \(worker) saw another data set")
        }
        #expect(caches.allSatisfy { $0.count > 0 }, "the cached workers kept their score matrices")
        #expect(Self.fingerprint(original, .uncached) == expected)
        #expect(Self.fingerprint(copy, Queries(cache: caches[0])) == expected)
    }

    /// Every stored property of a data set is a value (or the immutable paper-mode box): nothing a copy could
    /// share and change.
    @Test func aDatasetStoresNoReferenceButTheImmutablePaperView() throws {
        let dataset = try Self.embedded.get()
        for child in Mirror(reflecting: dataset).children {
            let mirror = Mirror(reflecting: child.value)
            let held: Any? = mirror.displayStyle == .optional ? mirror.children.first?.value : child.value
            guard let unwrapped = held else { continue }
            let isReference = Mirror(reflecting: unwrapped).displayStyle == .class
            #expect(!isReference || child.label == "paperView", "\(child.label ?? "?") is a reference")
        }
    }
}
