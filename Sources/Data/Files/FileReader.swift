import Foundation

/// Why a file's bytes could not be had; the text is what the user reads.
struct FileReadError: Error, Sendable, Hashable {
    let reason: String
}

/// Reads whole files as bytes, refusing what is not a regular file or is larger than the bound.
enum FileReader {
    /// Largest file the loader reads (the biggest Cross-Care file is under 1 MB).
    static let maximumBytes = 256 * 1024 * 1024

    static func read(_ url: URL, limit: Int = maximumBytes) -> Result<[UInt8], FileReadError> {
        read(path: url.path, limit: limit)
    }

    static func read(path: String, limit: Int = maximumBytes) -> Result<[UInt8], FileReadError> {
        checkedSize(path: path, limit: limit).flatMap { readRegular(path, expectedSize: $0, limit: limit) }
    }

    /// Reads the file into `buffer` (grown when needed) and returns its bytes, valid until the buffer's next read:
    /// the same checks, reasons and bound as `read(path:limit:)`.
    static func read(path: String, limit: Int = maximumBytes,
                     into buffer: ReadBuffer) -> Result<UnsafeBufferPointer<UInt8>, FileReadError> {
        checkedSize(path: path, limit: limit).flatMap { expectedSize in
            let descriptor = open(path, O_RDONLY | O_NONBLOCK)
            guard descriptor >= 0 else { return .failure(FileReadError(reason: "cannot read: \(describe(errno))")) }
            defer { close(descriptor) }
            // One byte more than `stat` said, so that the end is seen; a file that grew is read on in larger steps.
            var filled = 0, wanted = expectedSize + 1
            while true {
                buffer.reserve(wanted, keeping: filled)
                let region = UnsafeMutableBufferPointer(
                    start: buffer.storage.baseAddress!.assumingMemoryBound(to: UInt8.self) + filled,
                    count: wanted - filled)
                switch readAll(descriptor, into: region) {
                case .failure(let error): return .failure(error)
                case .success(let count): filled += count
                }
                guard filled == wanted else {
                    return filled <= limit ? .success(buffer.bytes(filled))
                        : .failure(FileReadError(reason: "file grew beyond the \(limit)-byte limit while reading"))
                }
                guard filled <= limit else {
                    return .failure(FileReadError(reason: "file grew beyond the \(limit)-byte limit while reading"))
                }
                wanted = filled + max(4096, filled / 2)
            }
        }
    }

    /// The size `stat` gives a regular file within the bound; else why it is not read.
    private static func checkedSize(path: String, limit: Int) -> Result<Int, FileReadError> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            var linkInfo = stat()
            if lstat(path, &linkInfo) == 0, (linkInfo.st_mode & S_IFMT) == S_IFLNK {
                if code == ELOOP { return .failure(FileReadError(reason: "cannot read: symbolic link loop (\(describe(code)))")) }
                return .failure(FileReadError(reason: "cannot read: dangling symbolic link (\(describe(code)))"))
            }
            return .failure(FileReadError(reason: "cannot read: \(describe(code))"))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(FileReadError(reason: "is a directory, expected a file"))
        default: return .failure(FileReadError(reason: "is not a regular file (FIFO, socket or device), not read"))
        }
        guard Int(info.st_size) <= limit else {
            return .failure(FileReadError(reason: "file of \(info.st_size) bytes exceeds the \(limit)-byte limit, not read"))
        }
        return .success(Int(info.st_size))
    }

    /// One `read` into a buffer one byte larger than the size `stat` gave, so the end of the file is seen without
    /// growing (and copying) the buffer; a file that grew since `stat` is read on in larger steps up to the limit.
    private static func readRegular(_ path: String, expectedSize: Int, limit: Int) -> Result<[UInt8], FileReadError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(FileReadError(reason: "cannot read: \(describe(errno))")) }
        defer { close(descriptor) }
        var failure: FileReadError?
        var bytes = [UInt8](unsafeUninitializedCapacity: expectedSize + 1) { buffer, count in
            switch readAll(descriptor, into: buffer) {
            case .success(let filled): count = filled
            case .failure(let error): failure = error
            }
        }
        if let failure { return .failure(failure) }
        guard bytes.count > expectedSize else { return .success(bytes) }
        return readGrowing(descriptor, after: &bytes, limit: limit)
    }

    /// Reads until the buffer is full or the file ends; returns how many bytes it holds.
    private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Result<Int, FileReadError> {
        var filled = 0
        while filled < buffer.count {
            let count = Foundation.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(FileReadError(reason: "cannot read: \(describe(errno))"))
            }
            if count == 0 { break }
            filled += count
        }
        return .success(filled)
    }

    /// The rest of a file that grew after `stat`, appended to `bytes`.
    private static func readGrowing(_ descriptor: Int32, after bytes: inout [UInt8], limit: Int) -> Result<[UInt8], FileReadError> {
        while true {
            guard bytes.count <= limit else {
                return .failure(FileReadError(reason: "file grew beyond the \(limit)-byte limit while reading"))
            }
            var chunk = [UInt8](repeating: 0, count: max(4096, bytes.count / 2))
            let result = chunk.withUnsafeMutableBufferPointer { readAll(descriptor, into: $0) }
            switch result {
            case .failure(let error): return .failure(error)
            case .success(let filled):
                bytes.append(contentsOf: chunk.prefix(filled))
                guard filled == chunk.count else {
                    return bytes.count <= limit ? .success(bytes)
                        : .failure(FileReadError(reason: "file grew beyond the \(limit)-byte limit while reading"))
                }
            }
        }
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
