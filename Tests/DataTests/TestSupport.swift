import Analysis
import Foundation
@testable import Data

/// Paths of the package and the shared real data, found from this file's location.
enum TestPaths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let realData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/crosscare")
    static let malformed = packageRoot.appendingPathComponent("fixtures/malformed")
    /// The classes of issue 20 (integer overflow, silent input loss, bounded messages), one fault per file.
    static let hardening = packageRoot.appendingPathComponent("fixtures/hardening")
    static var realDataPresent: Bool {
        FileManager.default.fileExists(atPath: realData.appendingPathComponent("logits_results").path)
    }
}

/// Each data root is loaded at most once per test process (debug builds parse slowly).
enum LoadedRoots {
    static let real: LoadReport? = TestPaths.realDataPresent
        ? try? DatasetLoader.loadReport(DataRoot(url: TestPaths.realData, name: "crosscare")) : nil
    static let embedded: LoadReport? = try? DatasetLoader.loadReport(.embedded)
}

extension Dataset {
    func disease(_ name: String) -> DiseaseID? { vocabulary.disease(named: name) }

    func problems(at path: String) -> [DataProblem] { problems.filter { $0.path == path } }
}

/// Runs a JSON reader over the bytes of a string.
func withCursor<T>(_ text: String, _ body: (inout JSONCursor) throws(JSONSyntaxError) -> T) throws(JSONSyntaxError) -> T {
    let bytes = Array(text.utf8)
    return try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> T in
        var cursor = JSONCursor(buffer)
        return try body(&cursor)
    }
}

struct MissingDisease: Error {
    let name: String
}

extension Dataset {
    /// The disease id of a known spelling, or a thrown error naming it.
    func id(_ name: String) throws -> DiseaseID {
        guard let id = disease(name) else { throw MissingDisease(name: name) }
        return id
    }
}
