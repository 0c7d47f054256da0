import Analysis
import Testing
@testable import Views

/// `render --detail` names every drill-down, so an export's provenance line reproduces a detail too (#16 item 5).
@Suite(.enabled(if: EmbeddedData.dataset != nil, "embedded data did not load"))
struct DrillArgumentTests {
    var dataset: Dataset { EmbeddedData.dataset! }

    @Test func everyDrillTargetRoundTripsThroughItsArgument() throws {
        let flu = try #require(dataset.vocabulary.disease(named: "flu"))
        let targets: [DrillTarget] = [.disease(flu), .model("EleutherAI/pythia-70m-deduped"),
                                      .alignmentPair(base: "Qwen/Qwen1.5-7B", aligned: "Qwen/Qwen1.5-7B-Chat"),
                                      .table("alignment_pairs.csv"), .modelRanks("state-spaces/mamba-130m")]
        for target in targets {
            #expect(DrillTarget(argument: target.argument(dataset: dataset), dataset: dataset) == target)
            #expect(DrillTarget(argument: target.argument(dataset: nil), dataset: dataset) == target)
        }
        #expect(DrillTarget.disease(flu).argument(dataset: dataset) == "disease:flu")
        #expect(DrillTarget(argument: "disease:not a disease", dataset: dataset) == nil)
        #expect(DrillTarget(argument: "pair:only-one", dataset: dataset) == nil)
        #expect(DrillTarget(argument: "nothing", dataset: dataset) == nil)
    }
}
