import Analysis
import Foundation
import Testing
@testable import Data

@Suite struct EmbeddedDataTests {
    @Test func loadsWithoutErrors() throws {
        let report = try #require(LoadedRoots.embedded)
        #expect(report.dataset.rootName == "embedded")
        #expect(report.dataset.filesRead.count == 277)
        #expect(!report.dataset.problems.contains { $0.severity == .error })
    }

    @Test func countsPrevalenceModelsAndLayouts() throws {
        let dataset = try #require(LoadedRoots.embedded?.dataset)
        try SharedContentChecks.diseasesAndCounts(dataset)
        try SharedContentChecks.prevalence(dataset)
        SharedContentChecks.pileModels(dataset)
        try SharedContentChecks.pythiaNaNs(dataset)
        try SharedContentChecks.apiLayouts(dataset)
        // All four languages: 19 alignment-pair models + 2 API models in hf american context.
        for language in Language.allCases {
            let configuration = LogitConfiguration(logitType: .hf, context: .american, language: language, group: .gender)
            #expect(dataset.models(with: configuration).filter { !$0.isPileTrained }.count == 21)
        }
    }
}

// Skipped with a visible reason when ../shared/crosscare is absent (a fresh clone).
@Suite(.enabled(if: TestPaths.realDataPresent, "../shared/crosscare is absent: real-data tests skipped"))
struct RealDataTests {
    @Test func inventory() throws {
        let report = try #require(LoadedRoots.real)
        // python: files matching the input families (1155 logits/counts + totals + translations + 5 prevalence).
        #expect(report.dataset.filesRead.count == 1159)
        #expect(report.filesNotUsed.count == 1264 - 1159)  // find | wc -l gives 1264 files
        #expect(report.filesNotUsed.filter { $0.reason.hasPrefix("raw GPT-3.5") }.count == 16)
        #expect(!report.dataset.problems.contains { $0.severity == .error })
        #expect(report.dataset.models.count == 37)
        let notes = report.dataset.problems.filter { $0.severity == .note }.map(\.reason)
        #expect(notes.contains { $0.contains("pile-t5-xxl has no logits files") })
        #expect(notes.contains { $0.contains("no EleutherAI/pile-t5-xl folder") })
    }

    @Test func contents() throws {
        let dataset = try #require(LoadedRoots.real?.dataset)
        try SharedContentChecks.diseasesAndCounts(dataset)
        try SharedContentChecks.prevalence(dataset)
        SharedContentChecks.pileModels(dataset)
        try SharedContentChecks.pythiaNaNs(dataset)
        try SharedContentChecks.apiLayouts(dataset)
        // cohere/gpt-35-turbo-0613/logits_gender_en.json: human immunodeficiency virus / male → [-4.059961, -4.70644, -0.19736177]
        let cohere = try #require(dataset.logits(model: "cohere", configuration:
            LogitConfiguration(logitType: .hf, context: .plain, language: .en, group: .gender)))
        let hiv = try dataset.id("hiv/aids")
        #expect((0..<3).map { cohere.logit(disease: hiv, demographicIndex: 0, template: $0) } == [-4.059961, -4.70644, -0.19736177])
        for logitType in LogitType.allCases {
            for context in PromptContext.allCases {
                let configuration = LogitConfiguration(logitType: logitType, context: context, language: .zh, group: .race)
                let expected = logitType == .hf && context == .american ? 36 : 37
                #expect(dataset.models(with: configuration).count == expected, "\(configuration)")
            }
        }
    }
}

@Suite struct DataRootTests {
    @Test func resolvesPathThenEnvironmentThenEmbedded() throws {
        #expect(try DataRoot.resolve(path: nil, environment: [:]).name == "embedded")
        #expect(try DataRoot.resolve(path: nil, environment: ["BIASEXPLORER_DATA": ""]).name == "embedded")
        let fixture = TestPaths.malformed.path
        #expect(try DataRoot.resolve(path: nil, environment: ["BIASEXPLORER_DATA": fixture]).name == "malformed")
        #expect(throws: DataRootError.missing(path: "/no/such/root")) {
            try DataRoot.resolve(path: "/no/such/root", environment: ["BIASEXPLORER_DATA": fixture])
        }
        let notLayout = TestPaths.packageRoot.appendingPathComponent("Sources").path
        #expect(throws: DataRootError.notCrossCareLayout(path: notLayout)) {
            try DataRoot.resolve(path: notLayout, environment: [:])
        }
    }
}
