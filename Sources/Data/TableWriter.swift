import Analysis
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why tables could not be written; each case names the path involved.
public enum TableWriterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The output folder has entries and `force` was not given.
    case folderNotEmpty(path: String)
    /// The output folder's parent does not exist (only the folder itself is created).
    case parentMissing(path: String)
    /// The output path exists and is not a folder.
    case notAFolder(path: String)
    /// The output path is a symbolic link whose target does not exist (tables are never written through a link).
    case danglingLink(path: String)
    /// A table name that is not a plain file name (`a/b.csv`, `..`, hidden or empty).
    case invalidFileName(name: String)
    /// The operating system refused (read-only folder, no permission, disk full …).
    case systemError(path: String, operation: String, reason: String)

    public var description: String {
        switch self.visiblePaths {
        case .folderNotEmpty(let path):
            return "output folder '\(path)' is not empty (use --force to overwrite its tables)"
        case .parentMissing(let path): return "cannot create '\(path)': its parent folder does not exist"
        case .notAFolder(let path): return "'\(path)' exists and is not a folder"
        case .danglingLink(let path):
            return "'\(path)' is a symbolic link to a missing target; not written through (give a folder path)"
        case .invalidFileName(let name): return "refusing to write table '\(name)': not a plain file name"
        case .systemError(let path, let operation, let reason): return "cannot \(operation) '\(path)': \(reason)"
        }
    }

    /// The same error with every path and name made safe to print (`TableWriter.visible`).
    var visiblePaths: TableWriterError {
        switch self {
        case .folderNotEmpty(let path): return .folderNotEmpty(path: TableWriter.visible(path))
        case .parentMissing(let path): return .parentMissing(path: TableWriter.visible(path))
        case .notAFolder(let path): return .notAFolder(path: TableWriter.visible(path))
        case .danglingLink(let path): return .danglingLink(path: TableWriter.visible(path))
        case .invalidFileName(let name): return .invalidFileName(name: TableWriter.visible(name))
        case .systemError(let path, let operation, let reason):
            return .systemError(path: TableWriter.visible(path), operation: operation, reason: reason)
        }
    }
}

/// Writes tables into one folder: each file whole or not at all (temporary file in the same folder, flushed,
/// then renamed over the target), never through a symlink (a symlink at a target is replaced, the file it points
/// to is untouched), never outside the folder.
public struct TableWriter: Sendable {
    public let folder: URL
    /// Allow writing into a folder that already has entries (files of the same names are replaced).
    public let force: Bool

    public init(folder: URL, force: Bool = false) {
        self.folder = folder
        self.force = force
    }

    /// Prepares the folder, then writes every table as `folder/<name>`; returns the written paths in order.
    /// Names are checked before anything is written.
    @discardableResult
    public func write(_ tables: [TypedTable]) throws(TableWriterError) -> [URL] {
        for table in tables where !TableWriter.isPlainFileName(table.name) {
            throw .invalidFileName(name: table.name)
        }
        try prepareFolder()
        var written: [URL] = []
        for table in tables {
            let target = folder.appendingPathComponent(table.name)
            try TableWriter.writeAtomically(table, to: target.path)
            written.append(target)
        }
        return written
    }

    /// Prepares the folder for `write(_:)` of single tables (created if missing; refused when not empty without
    /// `force`).
    public func prepare() throws(TableWriterError) { try prepareFolder() }

    /// Writes one table as `folder/<name>` in its CSV encoding (`CSVEncoder`), whole or not at all; call
    /// `prepare()` first.
    @discardableResult
    public func write(_ table: TypedTable) throws(TableWriterError) -> URL {
        guard TableWriter.isPlainFileName(table.name) else { throw .invalidFileName(name: table.name) }
        let target = folder.appendingPathComponent(table.name)
        try TableWriter.writeAtomically(table, to: target.path)
        return target
    }

    /// Writes a text file (`schema.json`, `README.md`, the provenance) as `folder/<name>`, whole or not at all.
    @discardableResult
    public func write(text: String, name: String) throws(TableWriterError) -> URL {
        guard TableWriter.isPlainFileName(name) else { throw .invalidFileName(name: name) }
        let target = folder.appendingPathComponent(name)
        try TableWriter.writeAtomically(Array(text.utf8), to: target.path)
        return target
    }

    /// Removes the temporary files (`<name>.tmp-<pid>-<n>`, regular files) that a run of a process no longer
    /// alive left in the folder, as a `tables` killed while writing does; returns their names, sorted. A file of a
    /// running process (another `tables` writing there) or of any other shape is left alone. Call after `prepare()`.
    public func removeStaleTemporaries() -> [String] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return entries.filter { entry in
            guard let pid = TableWriter.temporaryOwner(entry), pid != getpid() else { return false }
            guard kill(pid, 0) != 0, errno == ESRCH else { return false }  // alive, or not ours to ask: kept
            let path = folder.appendingPathComponent(entry).path
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
            return unlink(path) == 0
        }.sorted()
    }

    /// The process id in a temporary file's name `<name>.tmp-<pid>-<n>` (as `createTemporary` names them).
    static func temporaryOwner(_ name: String) -> pid_t? {
        guard let range = name.range(of: ".tmp-", options: .backwards), range.lowerBound > name.startIndex else {
            return nil
        }
        let parts = name[range.upperBound...].split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let pid = pid_t(parts[0]), pid > 0, Int(parts[1]) != nil else { return nil }
        return pid
    }

    /// Checks, without changing anything, that `write` would accept the folder: an existing folder (empty unless
    /// `force`), or a missing one whose parent exists. Lets a command refuse before long work.
    public func validateFolder() throws(TableWriterError) {
        try refuseDanglingLink()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            try prepareFolder()
            return
        }
        let parent = folder.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw .parentMissing(path: folder.path)
        }
    }

    /// Creates a missing folder (not its parents); refuses a file, or a non-empty folder without `force`.
    func prepareFolder() throws(TableWriterError) {
        try refuseDanglingLink()
        let path = folder.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw .notAFolder(path: path) }
            let entries: [String]
            do { entries = try FileManager.default.contentsOfDirectory(atPath: path) } catch {
                throw .systemError(path: path, operation: "list", reason: TableWriter.reason(error))
            }
            if !entries.isEmpty && !force { throw .folderNotEmpty(path: path) }
            return
        }
        let parent = folder.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw .parentMissing(path: path)
        }
        guard mkdir(path, 0o755) == 0 else {
            throw .systemError(path: path, operation: "create folder", reason: TableWriter.errnoText())
        }
    }

    /// A symbolic link whose target is missing would make `mkdir` say "File exists": named for what it is.
    func refuseDanglingLink() throws(TableWriterError) {
        var linkInfo = stat(), info = stat()
        let path = folder.path
        if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK, stat(path, &info) != 0 {
            throw .danglingLink(path: path)
        }
    }

    /// Writes bytes to `path.tmp-<pid>-<n>` (created exclusively, not following symlinks), fsyncs, renames.
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws(TableWriterError) {
        let (descriptor, temporary) = try createTemporary(near: path)
        guard writeAll(bytes, to: descriptor) else { return try abandon(descriptor, temporary, target: path) }
        try finish(descriptor, temporary, target: path)
    }

    /// Rows encoded and written per chunk: a large table is never held as bytes whole.
    static let rowsPerChunk = 16_384

    /// Chunks encoded at once (one per worker of `ParallelMap.concurrent`), then written in order.
    static let chunksPerBatch = 4

    /// Writes a table's CSV encoding, chunk by chunk, as `writeAtomically(_:to:)` writes bytes. The chunks of a batch
    /// are encoded concurrently (each by an encoder of its own) and written in row order, so the bytes are those of
    /// one encoder: the last, largest tables (`paper_vs_correct.csv`, 42 MB) are encoded when nothing else is left
    /// to compute, and one core would otherwise idle.
    static func writeAtomically(_ table: TypedTable, to path: String) throws(TableWriterError) {
        let (descriptor, temporary) = try createTemporary(near: path)
        guard writeCSV(table, header: true, to: descriptor) else {
            return try abandon(descriptor, temporary, target: path)
        }
        try finish(descriptor, temporary, target: path)
    }

    /// Writes a table's CSV lines (after its header line when `header`), `rowsPerChunk` rows a chunk, the chunks of
    /// a batch encoded concurrently and written in row order (`writeAtomically`, and each chunk of a streamed
    /// table); false on a write error.
    static func writeCSV(_ table: TypedTable, header: Bool, to descriptor: Int32) -> Bool {
        guard !header || writeAll(CSVEncoder(table).header(), to: descriptor) else { return false }
        let chunks = stride(from: 0, to: table.rowCount, by: rowsPerChunk).map {
            $0..<min(table.rowCount, $0 + rowsPerChunk)
        }
        for batch in stride(from: 0, to: chunks.count, by: chunksPerBatch) {
            let encoded = ParallelMap.concurrent(Array(chunks[batch..<min(chunks.count, batch + chunksPerBatch)])) {
                var encoder = CSVEncoder(table), bytes: [UInt8] = []
                encoder.encodeRows($0, into: &bytes)
                return bytes
            }
            for bytes in encoded where !writeAll(bytes, to: descriptor) { return false }
        }
        return true
    }

    /// Writes every byte (retrying on EINTR); false on an error.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let result = bytes[offset...].withUnsafeBytes { writeBytes(descriptor, $0) }
            if result < 0 && errno == EINTR { continue }
            guard result > 0 else { return false }
            offset += result
        }
        return true
    }

    /// Flushes, closes and renames the temporary file over the target.
    static func finish(_ descriptor: Int32, _ temporary: String, target path: String) throws(TableWriterError) {
        guard fsync(descriptor) == 0 else { return try abandon(descriptor, temporary, target: path) }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            throw .systemError(path: path, operation: "write", reason: reason)
        }
    }

    /// `readable`: opened for reading too (a spill that is read back).
    static func createTemporary(near path: String, readable: Bool = false) throws(TableWriterError) -> (Int32, String) {
        for attempt in 0..<100 {
            let temporary = "\(path).tmp-\(getpid())-\(attempt)"
            let descriptor = open(temporary, (readable ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                                  0o644)
            if descriptor >= 0 { return (descriptor, temporary) }
            if errno != EEXIST { throw .systemError(path: path, operation: "write", reason: errnoText()) }
        }
        throw .systemError(path: path, operation: "write", reason: "no free temporary file name")
    }

    static func abandon(_ descriptor: Int32, _ temporary: String, target: String) throws(TableWriterError) {
        let reason = errnoText()
        close(descriptor)
        unlink(temporary)
        throw .systemError(path: target, operation: "write", reason: reason)
    }

    /// A single path component that cannot leave the folder or hide: no `/`, NUL, leading `.`, not empty.
    static func isPlainFileName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0") && name.utf8.count <= 255
    }

    /// The text with C0/C1 controls (ESC included) and invisible format characters (bidirectional overrides …)
    /// shown as `\x1b` / `\u202e` escapes, so that a path never reaches the terminal as a command (issue 10).
    /// The package's one sanitiser, `sanitizedForTerminal(_:)` of Analysis.
    public static func visible(_ text: String) -> String { sanitizedForTerminal(text) }

    static func errnoText() -> String { String(cString: strerror(errno)) }

    static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// `write(2)` at file scope, where the name is not shadowed by `TableWriter.write`.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
    write(descriptor, buffer.baseAddress, buffer.count)
}
