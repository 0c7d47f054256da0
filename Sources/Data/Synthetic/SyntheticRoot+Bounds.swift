import Analysis
import Foundation

extension SyntheticRoot {
    /// The largest scale (the scale benchmark uses up to 50) and number of extra disease keys accepted: beyond them
    /// a run would write tens of gigabytes (`--extra-diseases 100000000` wrote 9.5 GB before it was stopped).
    public static let maximumScale = 50
    public static let maximumExtraDiseases = 10_000

    static func validate(_ options: SyntheticRootOptions) throws(SyntheticRootError) {
        guard (1...maximumScale).contains(options.scale) else {
            throw SyntheticRootError(description: "scale must be between 1 and \(maximumScale), not \(options.scale)")
        }
        guard (0...maximumExtraDiseases).contains(options.extraDiseases) else {
            throw SyntheticRootError(description: "extra diseases must be between 0 and \(maximumExtraDiseases), "
                                        + "not \(options.extraDiseases)")
        }
    }

    /// Bytes the synthesis would write: each input file's size times its copies, plus the extra keys or rows.
    static func estimatedBytes(_ listing: RootListing, source: URL, options: SyntheticRootOptions) -> Int {
        var total = 0
        for file in listing.files {
            var info = stat()
            guard stat(source.appendingPathComponent(file.path).path, &info) == 0 else { continue }
            let size = Int(info.st_size), extra = options.extraDiseases
            switch FileFamily.classify(file.path) {
            case .notUsed, .unrecognisedLogits: continue
            case .counts: total += size + extra * 40
            case .logits(let logits) where logits.source == .cohere: total += size + extra * 32
            case .logits: total += options.scale * (size + extra * 32)
            default: total += size
            }
        }
        return total
    }

    /// Refuses before writing anything when the file system holding `destination` has less free space than the
    /// estimate plus a tenth.
    static func checkFreeSpace(estimate: Int, at destination: URL) throws(SyntheticRootError) {
        var folder = destination.deletingLastPathComponent()
        var info = statvfs()
        while statvfs(folder.path, &info) != 0 {
            let parent = folder.deletingLastPathComponent()
            guard parent.path != folder.path else { return }
            folder = parent
        }
        let free = Double(info.f_bavail) * Double(info.f_frsize)
        let needed = Double(estimate) * 1.1
        guard free >= needed else {
            throw SyntheticRootError(description: "about \(megabytes(needed)) MB would be written but only "
                                        + "\(megabytes(free)) MB are free on \(sanitizedForTerminal(folder.path)); nothing written")
        }
    }

    static func megabytes(_ bytes: Double) -> Int { Int(min(bytes / 1_000_000, 1e15).rounded(.up)) }
}
