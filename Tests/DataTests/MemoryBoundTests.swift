import Foundation
import Testing

/// Peak resident memory of `biasexplorer check` on generated files of tens of megabytes stays within 4× the file
/// above the peak of a tiny root (issue 20 item 5: a 50 MB totals file of zeros took 4 GB, CSVs 18–22× their size).
/// Measured as the child's own `VmHWM` (`check --timing` prints it from /proc/self/status at the end): `wait4`'s
/// `ru_maxrss` would also count this test process, whose peak the kernel carries into a spawned child.
@Suite(.serialized) struct MemoryBoundTests {
    static let size = 12 << 20
    static let totals = "co_occurrence_results/output_infinigram/document_counts/results_disease_document_counts_pile.json"
    static let counts = "co_occurrence_results/output_pile/aggregated_counts/aggregated_gender_50.csv"
    static let real = "propagation_eval/real_world_data/cross_care_demo_real.csv"
    static let logits = "logits_results/hf/output_pile/Org_model/logits_gender_en.json"

    /// A root holding one file of `bytes` at `path` (and an empty `logits_results`-free layout otherwise).
    static func root(_ name: String, _ path: String, _ bytes: [UInt8]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("memory-\(name)-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return root
    }

    /// `prefix`, then `unit` repeated up to about `size` bytes, then `suffix`.
    static func repeated(_ prefix: String, _ unit: String, _ suffix: String) -> [UInt8] {
        let unitBytes = Array(unit.utf8)
        var bytes = Array(prefix.utf8)
        bytes.reserveCapacity(size + 64)
        while bytes.count < size { bytes += unitBytes }
        return bytes + Array(suffix.utf8)
    }

    static func peak(_ root: URL) throws -> Int {
        let outcome = try ChildProcess.run(["check", "--timing", "--data", root.path])
        #expect(outcome.signal == nil, "check ended by signal \(outcome.signal ?? 0)")
        let line = outcome.standardError.split(separator: "\n").first { $0.hasPrefix("peak memory: ") }
        let kilobytes = line.flatMap { Int($0.dropFirst(13).split(separator: " ").first ?? "") }
        try #require(kilobytes != nil, "no peak memory line in: \(outcome.standardError)")
        return (kilobytes ?? 0) * 1024
    }

    @Test(arguments: ["totals of zeros", "CSV of commas", "CSV of unknown rows", "prevalence rows", "logit values"])
    func peakMemoryIsBoundedByTheInput(kind: String) throws {
        let baseline = try Self.peak(Self.root("baseline", Self.totals, Array("[]".utf8)))
        let (path, bytes): (String, [UInt8])
        switch kind {
        case "totals of zeros": (path, bytes) = (Self.totals, Self.repeated("[", "0,", "0]"))
        case "CSV of commas": (path, bytes) = (Self.counts, Self.repeated("Disease,Demographics,Counts\n", ",", "\n"))
        case "CSV of unknown rows": (path, bytes) = (Self.counts, Self.repeated("Disease,Demographics,Counts\n", "x,y,z\n", ""))
        case "prevalence rows": (path, bytes) = (Self.real, Self.repeated("disease,white,male\n", "asthma,1,2\n", ""))
        default: (path, bytes) = (Self.logits, Self.repeated("{\"flu\": [[\"male\", [", "0.5,", "0]]]}"))
        }
        let peak = try Self.peak(Self.root(kind.replacingOccurrences(of: " ", with: "-"), path, bytes))
        let ratio = Double(peak - baseline) / Double(bytes.count)
        print("memory \(kind): file \(bytes.count >> 20) MB, peak \(peak >> 20) MB, baseline \(baseline >> 20) MB, "
              + "(peak - baseline) / file = \(String(format: "%.2f", ratio))")
        #expect(peak - baseline <= 4 * bytes.count, "\(kind): \(peak >> 20) MB peak for a \(bytes.count >> 20) MB file")
    }
}
