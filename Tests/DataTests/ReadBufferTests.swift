import Foundation
import Testing
@testable import Data

/// The loaders read every file into their task's reused buffer (issue 21): the same bytes, refusals and reasons as
/// reading into a fresh array, for files smaller and larger than the buffer, one after the other.
struct ReadBufferTests {
    @Test func aReusedBufferReadsWhatAFreshArrayReads() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readbuffer \(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Sizes around the buffer's starting 1 MB and its doublings, then smaller again, and an empty file.
        let sizes = [10, 0, 1 << 20, (1 << 20) + 1, 5, 3 << 20, 1 << 20 - 1, 70_000]
        let buffer = ReadBuffer()
        for (index, size) in sizes.enumerated() {
            let url = folder.appendingPathComponent("f\(index).json")
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            try Data(bytes).write(to: url)
            guard case .success(let read) = FileReader.read(path: url.path, into: buffer) else {
                Issue.record("\(size) bytes not read")
                continue
            }
            #expect(Array(read) == bytes, "\(size) bytes")
            #expect(try FileReader.read(path: url.path).get() == bytes)
        }
        // The refusals and their reasons are those of the array reader.
        let big = folder.appendingPathComponent("big.json")
        try Data(repeating: 0x20, count: 5000).write(to: big)
        for path in [big.path, folder.path, folder.appendingPathComponent("missing.json").path] {
            let fresh = FileReader.read(path: path, limit: 4096)
            let reused = FileReader.read(path: path, limit: 4096, into: buffer)
            guard case .failure(let a) = fresh, case .failure(let b) = reused else {
                Issue.record("\(path) was read")
                continue
            }
            #expect(a == b)
        }
    }
}
