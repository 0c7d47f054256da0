import Analysis
import Foundation

/// A file (or something standing where a file should be) found under a data root.
struct FoundFile: Sendable, Hashable {
    /// Path relative to the root, `/`-separated.
    let path: String
}

/// The entries of a data root: candidate files, and what could not be walked.
struct RootListing: Sendable {
    var files: [FoundFile] = []
    var problems: [DataProblem] = []
}

/// Walks a data root without following symbolic links to folders (so a link loop cannot trap it) and without
/// descending deeper than `maximumDepth`. A folder named like a data file (`*.json`, `*.csv`) is listed as a file so
/// that reading it reports "is a directory".
enum DataRootScanner {
    static let maximumDepth = 12

    static func list(_ root: URL) -> RootListing {
        var listing = RootListing()
        walk(root, relative: "", depth: 0, into: &listing)
        listing.files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return listing
    }

    private static func walk(_ folder: URL, relative: String, depth: Int, into listing: inout RootListing) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            listing.problems.append(DataProblem(.error, path: relative.isEmpty ? "." : relative,
                                                reason: "cannot list folder: \(error.localizedDescription)"))
            return
        }
        for name in names.sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            let url = folder.appendingPathComponent(name)
            switch kind(of: url) {
            case .folder where !looksLikeDataFile(name):
                guard depth < maximumDepth else {
                    listing.problems.append(DataProblem(.warning, path: path,
                                                        reason: "folder nested deeper than \(maximumDepth) levels, not read"))
                    continue
                }
                walk(url, relative: path, depth: depth + 1, into: &listing)
            case .linkToFolder:
                listing.problems.append(DataProblem(.warning, path: path,
                                                    reason: "symbolic link to a folder, not followed"))
            default:
                listing.files.append(FoundFile(path: path))
            }
        }
    }

    static func looksLikeDataFile(_ name: String) -> Bool {
        name.hasSuffix(".json") || name.hasSuffix(".csv")
    }

    private enum EntryKind { case folder, linkToFolder, other }

    private static func kind(of url: URL) -> EntryKind {
        var linkInfo = stat()
        guard lstat(url.path, &linkInfo) == 0 else { return .other }
        let isLink = (linkInfo.st_mode & S_IFMT) == S_IFLNK
        var info = stat()
        guard stat(url.path, &info) == 0 else { return .other }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        if isFolder { return isLink ? .linkToFolder : .folder }
        return .other
    }
}
