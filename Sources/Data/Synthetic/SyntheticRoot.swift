import Analysis
import Foundation

/// How to grow a data root: `scale` copies of every Hugging Face and GPT-3.5 model folder (the first is the source
/// itself, the others named `<folder>-synthNN` with every logit perturbed deterministically), and optionally
/// `extraDiseases` disease keys beyond the vocabulary in every logits and counts file (the loader reports them).
public struct SyntheticRootOptions: Sendable {
    public var scale: Int
    public var extraDiseases: Int
    public var seed: UInt64

    public init(scale: Int, extraDiseases: Int = 0, seed: UInt64 = 0x6372_6F73_7363_6172) {
        self.scale = scale
        self.extraDiseases = extraDiseases
        self.seed = seed
    }
}

/// What a synthesis wrote.
public struct SyntheticRootSummary: Sendable, Hashable {
    public var files = 0
    public var bytes = 0
    /// Model folders under `logits_results` (source and synthetic).
    public var modelFolders = 0
}

public struct SyntheticRootError: Error, Sendable, CustomStringConvertible {
    public let description: String
}

/// Writes a synthetic data root in the Cross-Care layout from a real one. Only inputs of the analyses are written;
/// Cohere files are copied once (the layout names the model `cohere` whatever its folder). Languages stay the
/// closed set en/es/fr/zh.
public enum SyntheticRoot {
    public static func write(from source: URL, to destination: URL,
                             options: SyntheticRootOptions) throws(SyntheticRootError) -> SyntheticRootSummary {
        try validate(options)
        var linkInfo = stat()
        if lstat(destination.path, &linkInfo) == 0 {
            throw SyntheticRootError(description: "\(sanitizedForTerminal(destination.path)) exists; choose a new folder")
        }
        let listing = DataRootScanner.list(source)
        try checkFreeSpace(estimate: estimatedBytes(listing, source: source, options: options), at: destination)
        var summary = SyntheticRootSummary()
        var folders = Set<String>()
        for file in listing.files {
            let family = FileFamily.classify(file.path)
            guard let bytes = try? FileReader.read(source.appendingPathComponent(file.path)).get() else { continue }
            for (path, content) in copies(of: file.path, family: family, bytes: bytes, options: options) {
                try put(content, at: destination.appendingPathComponent(path))
                summary.files += 1
                summary.bytes += content.count
                if case .logits = family { folders.insert(parentPath(path)) }
            }
        }
        summary.modelFolders = folders.count
        return summary
    }

    /// The (path, bytes) pairs one source file becomes.
    static func copies(of path: String, family: FileFamily, bytes: [UInt8],
                       options: SyntheticRootOptions) -> [(String, [UInt8])] {
        switch family {
        case .notUsed, .unrecognisedLogits: return []
        case .counts: return [(path, withExtraRows(bytes, count: options.extraDiseases))]
        case .logits(let file) where file.source == .cohere:
            return [(path, withExtraKeys(bytes, count: options.extraDiseases, empty: "{}"))]
        case .logits:
            let folder = parentPath(path), name = String(path.dropFirst(folder.count + 1))
            return (0..<options.scale).map { replica in
                let extended = withExtraKeys(bytes, count: options.extraDiseases, empty: "[]")
                guard replica > 0 else { return (path, extended) }
                let seed = NumberPerturbation.stableHash(path, options.seed &+ UInt64(replica))
                var perturbation = NumberPerturbation(seed: seed)
                return ("\(folder)-synth\(replica < 10 ? "0" : "")\(replica)/\(name)", perturbation.apply(extended))
            }
        default: return [(path, bytes)]
        }
    }

    /// `"synthetic disease k": <empty>,` inserted after the opening brace of the top-level object.
    static func withExtraKeys(_ bytes: [UInt8], count: Int, empty: String) -> [UInt8] {
        guard count > 0, let brace = bytes.firstIndex(of: UInt8(ascii: "{")) else { return bytes }
        let entries = (1...count).map { "\"synthetic disease \($0)\": \(empty), " }.joined()
        var result = bytes
        result.insert(contentsOf: Array(entries.utf8), at: brace + 1)
        return result
    }

    /// `synthetic disease k,<demographic>,1` rows appended to a counts file.
    static func withExtraRows(_ bytes: [UInt8], count: Int) -> [UInt8] {
        guard count > 0 else { return bytes }
        var result = bytes
        if let last = result.last, last != UInt8(ascii: "\n") { result.append(UInt8(ascii: "\n")) }
        for index in 1...count { result += Array("synthetic disease \(index),male,1\n".utf8) }
        return result
    }

    static func parentPath(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    private static func put(_ bytes: [UInt8], at url: URL) throws(SyntheticRootError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Foundation.Data(bytes).write(to: url)
        } catch {
            throw SyntheticRootError(description: "cannot write \(url.path): \(error.localizedDescription)")
        }
    }
}
