import Analysis
import Foundation
import Testing
@testable import Data

/// Issue 21's lazy loading: a catalogue load parses everything but the logits, and parsing each configuration
/// afterwards gives exactly what a full load gives (tables, values bit for bit, models, problems with file and place).
@Suite struct LogitCatalogueTests {
    @Test func embeddedConfigurationsEqualTheFullLoad() throws {
        let full = try DatasetLoader.load(.embedded)
        let (skeleton, catalogue) = try DatasetLoader.loadCatalogue(.embedded)
        #expect(skeleton.logitTables.isEmpty)
        #expect(skeleton.models.map(\.id) == full.models.map(\.id))
        #expect(skeleton.cooccurrence.count == full.cooccurrence.count)
        #expect(Set(full.logitTables.map(\.configuration)) == catalogue.configurations)
        var parsed = 0
        for configuration in catalogue.configurations {
            let logits = catalogue.parse(configuration, parallel: .concurrent)
            let expected = full.logitTables.filter { $0.configuration == configuration }
            #expect(logits.tables.map(\.model).sorted() == expected.map(\.model).sorted())
            for table in logits.tables {
                let other = try #require(full.logits(model: table.model, configuration: configuration))
                #expect(table.source == other.source)
                #expect(table.diseasePresent == other.diseasePresent)
                #expect(table.values.map(\.bitPattern) == other.values.map(\.bitPattern))
            }
            parsed += logits.tables.count
        }
        #expect(parsed == full.logitTables.count)
    }

    /// A head (the models a frame shows, read first): exactly those models' tables, each bit for bit the one the
    /// whole configuration's parse gives, read from their files alone; every catalogued model is listed.
    @Test func aHeadIsThoseModelsTablesOfTheWholeParse() throws {
        let (_, catalogue) = try DatasetLoader.loadCatalogue(.embedded)
        var checked = 0
        for configuration in catalogue.configurations.sorted(by: { $0.description < $1.description }) {
            let whole = catalogue.parse(configuration, parallel: .concurrent)
            let models = try #require(catalogue.models(configuration))
            #expect(models == Set(whole.tables.map(\.model)))
            // Every third model, and one that has no file here (asked for, nothing comes of it).
            let asked = Set(whole.tables.map(\.model).enumerated().filter { $0.offset % 3 == 1 }.map(\.element))
            let head = try #require(catalogue.parse(configuration, models: asked.union(["no/such-model"]),
                                                    parallel: .concurrent))
            #expect(head.tables.map(\.model) == whole.tables.map(\.model).filter(asked.contains))
            let files = (catalogue.entries[configuration] ?? []).filter { asked.contains($0.file.model) }
            #expect(head.filesRead == files.count)
            for table in head.tables {
                let other = try #require(whole.tables.first { $0.model == table.model })
                #expect(table.values.map(\.bitPattern) == other.values.map(\.bitPattern))
                #expect(table.diseasePresent == other.diseasePresent && table.source == other.source)
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test func malformedLogitsProblemsAreFoundWhenTheirConfigurationIsParsed() throws {
        let root = DataRoot(url: TestPaths.malformed, name: "malformed")
        let full = try DatasetLoader.load(root)
        let (skeleton, catalogue) = try DatasetLoader.loadCatalogue(root)
        let logitsPaths = Set(catalogue.configurations.flatMap { catalogue.entries[$0] ?? [] }.map(\.path))
        func key(_ problem: DataProblem) -> String {
            "\(problem.severity) \(problem.path) \(problem.place ?? "") \(problem.reason)"
        }
        let lazy = Set(catalogue.configurations.flatMap { catalogue.parse($0, parallel: .serial).problems }.map(key))
        let expected = Set(full.problems.filter { logitsPaths.contains($0.path) }.map(key))
        // Every problem a full load reports in a logits file is reported by parsing its configuration.
        #expect(expected.subtracting(lazy).isEmpty, "\(expected.subtracting(lazy).sorted())")
        #expect(!skeleton.problems.contains { logitsPaths.contains($0.path) && !$0.reason.contains("a second file") })
    }
}

/// The per-frame dataset of a catalogue load: the parsed configurations through the cache's `.logits` pool.
@Suite struct LazyDatasetTests {
    final class CountingCache: QueryCache, @unchecked Sendable {
        var kept: [AnyHashable: any Sendable] = [:]
        var computed = 0
        func answer<Q: Query>(_ query: Q, compute: () -> Q.Answer) -> Q.Answer {
            if let answer = kept[AnyHashable(query)] as? Q.Answer { return answer }
            computed += 1
            let answer = compute()
            kept[AnyHashable(query)] = answer
            return answer
        }
    }

    @Test func aFrameDatasetReadsLikeTheFullLoad() throws {
        let full = try DatasetLoader.load(.embedded)
        let (skeleton, catalogue) = try DatasetLoader.loadCatalogue(.embedded)
        let cache = CountingCache(), queries = Queries(cache: cache, parallel: .serial)
        let configuration = Section2Defaults.tau(group: .race)
        let logits = catalogue.logits(configuration, queries: queries)
        _ = catalogue.logits(configuration, queries: queries)
        #expect(cache.computed == 1)
        #expect(LogitsQuery.cost(of: logits) > 0)
        let frame = skeleton.replacingLogits(logits.tables, addingProblems: logits.problems)
        #expect(frame.models(with: configuration).map(\.id) == full.models(with: configuration).map(\.id))
        #expect(frame.logitTables.map(\.model) == full.logitTables.filter { $0.configuration == configuration }.map(\.model))
        let tau = frame.realTaus(configuration: configuration, templates: .original, mode: .correct)
        let expected = full.realTaus(configuration: configuration, templates: .original, mode: .correct)
        #expect(tau.map(\.model) == expected.map(\.model))
        #expect(String(describing: tau) == String(describing: expected))
    }
}

extension LogitCatalogueTests {
    /// The explorer's opening load leaves `logits_results` unlisted: no models, no logits, the rest as a full load.
    @Test func theOpeningLoadReadsEverythingButTheLogitsFolder() throws {
        let full = try DatasetLoader.load(.embedded)
        let opening = try DatasetLoader.loadWithoutLogits(.embedded)
        #expect(opening.models.isEmpty && opening.logitTables.isEmpty)
        #expect(!opening.filesRead.contains { $0.hasPrefix("logits_results/") })
        #expect(opening.filesRead == full.filesRead.filter { !$0.hasPrefix("logits_results/") })
        #expect(opening.cooccurrence.keys.count == full.cooccurrence.keys.count)
        #expect(opening.prevalence.keys.count == full.prevalence.keys.count)
        #expect(!opening.problems.contains { $0.path.hasPrefix("logits_results") })
    }
}
