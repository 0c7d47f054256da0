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
    /// Top-level folders of the root that were walked (`logits_results` …), links to folders included.
    var topFolders: Set<String> = []
}

/// Walks a data root, following symbolic links to folders (data kept on another disk) but never into a folder it
/// has already walked (device and inode remembered), so a link loop cannot trap it, and never deeper than
/// `maximumDepth`. A folder named like a data file (`*.json`, `*.csv`) is listed as a file so that reading it reports
/// "is a directory". Names that are not valid UTF-8 cannot be named in the report or reopened: they are errors.
enum DataRootScanner {
    static let maximumDepth = 12

    /// `skipping`: top-level folders not walked (nor listed among `topFolders`).
    static func list(_ root: URL, skipping: Set<String> = []) -> RootListing {
        var walk = Walk(skipped: skipping)
        var info = stat()
        if stat(root.path, &info) == 0 { walk.visited.insert(FolderID(info)) }
        walk.walk(root.path, relative: "", depth: 0)
        walk.listing.files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return walk.listing
    }

    static func looksLikeDataFile(_ name: String) -> Bool {
        name.hasSuffix(".json") || name.hasSuffix(".csv")
    }
}

/// A folder's identity on disk.
struct FolderID: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}

private struct Walk {
    let skipped: Set<String>
    var listing = RootListing()
    var visited = Set<FolderID>()

    /// Paths are joined as plain strings (not `URL`s): the walk visits ~1,200 entries and URL building dominated it.
    mutating func walk(_ folder: String, relative: String, depth: Int) {
        guard let names = entries(of: folder, relative: relative) else { return }
        for name in names where depth > 0 || !skipped.contains(name.text) {
            let path = relative.isEmpty ? name.text : relative + "/" + name.text
            let full = folder.hasSuffix("/") ? folder + name.text : folder + "/" + name.text
            guard name.isValidUTF8 else {
                let kind = Self.kind(ofRaw: Array(folder.utf8) + [UInt8(ascii: "/")] + name.bytes)
                let what = kind.isFolder ? "folder name is not valid UTF-8 (shown with U+FFFD); its files are not read"
                    : "file name is not valid UTF-8 (shown with U+FFFD); not read"
                listing.problems.append(DataProblem(.error, path: path, reason: what))
                continue
            }
            switch Self.kind(of: full) {
            case .folder(let id, let isLink) where !DataRootScanner.looksLikeDataFile(name.text):
                guard !visited.contains(id) else {
                    listing.problems.append(DataProblem(.warning, path: path, reason: isLink
                        ? "symbolic link to a folder already read (a loop or a second path to it), not followed"
                        : "folder already read through another path, not read again"))
                    continue
                }
                guard depth < DataRootScanner.maximumDepth else {
                    listing.problems.append(DataProblem(.warning, path: path,
                                                        reason: "folder nested deeper than \(DataRootScanner.maximumDepth) levels, not read"))
                    continue
                }
                visited.insert(id)
                if depth == 0 { listing.topFolders.insert(name.text) }
                walk(full, relative: path, depth: depth + 1)
            default:
                listing.files.append(FoundFile(path: path))
            }
        }
    }

    /// An entry name: its text (U+FFFD for invalid bytes) and whether the bytes were valid UTF-8.
    struct Name {
        let text: String
        let isValidUTF8: Bool
        /// The bytes as the folder holds them (only kept when they are not valid UTF-8).
        var bytes: [UInt8] = []
    }

    /// The folder's entry names in name order, or nil with the problem recorded.
    mutating func entries(of folder: String, relative: String) -> [Name]? {
        guard let directory = opendir(folder) else {
            listing.problems.append(DataProblem(.error, path: relative.isEmpty ? "." : relative,
                                                reason: "cannot list folder: \(FileReader.describe(errno))"))
            return nil
        }
        defer { closedir(directory) }
        var names: [Name] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            if let text = String(validating: bytes, as: UTF8.self) {
                names.append(Name(text: text, isValidUTF8: true))
            } else {
                names.append(Name(text: String(decoding: bytes, as: UTF8.self), isValidUTF8: false, bytes: bytes))
            }
        }
        return names.sorted { $0.text < $1.text }
    }

    enum EntryKind {
        case folder(FolderID, isLink: Bool)
        case other

        var isFolder: Bool { if case .folder = self { return true } else { return false } }
    }

    /// `kind(of:)` for a path whose bytes are not valid UTF-8 (links followed).
    static func kind(ofRaw path: [UInt8]) -> EntryKind {
        var info = stat()
        let found = (path + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                characters.baseAddress.map { stat($0, &info) == 0 } ?? false
            }
        }
        return found && (info.st_mode & S_IFMT) == S_IFDIR ? .folder(FolderID(info), isLink: false) : .other
    }

    /// One `lstat`; a second `stat` only for a symbolic link, to see whether it points at a folder.
    static func kind(of path: String) -> EntryKind {
        var linkInfo = stat()
        guard lstat(path, &linkInfo) == 0 else { return .other }
        guard (linkInfo.st_mode & S_IFMT) == S_IFLNK else {
            return (linkInfo.st_mode & S_IFMT) == S_IFDIR ? .folder(FolderID(linkInfo), isLink: false) : .other
        }
        var info = stat()
        guard stat(path, &info) == 0 else { return .other }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .folder(FolderID(info), isLink: true) : .other
    }
}
