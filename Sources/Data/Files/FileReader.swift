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

    /// The file's bytes as an array: `read(path:limit:into:)` into a buffer of the file's size, then copied (the
    /// loaders' tasks read the logits into their own reused buffers; these are the few files read once).
    static func read(path: String, limit: Int = maximumBytes) -> Result<[UInt8], FileReadError> {
        let buffer = ReadBuffer(capacity: 0)
        let count = read(path: path, limit: limit, into: buffer).map(\.count)
        return count.map { Array(buffer.bytes($0)) }  // the buffer used after the read: alive until copied
    }

    /// Reads the file into `buffer` (grown when needed) and returns its bytes, valid until the buffer's next read.
    /// One `read` into room for one byte more than `stat` gave, so that the end of the file is seen; a file that grew
    /// since `stat` is read on in larger steps up to the limit.
    static func read(path: String, limit: Int = maximumBytes,
                     into buffer: ReadBuffer) -> Result<UnsafeBufferPointer<UInt8>, FileReadError> {
        checkedSize(path: path, limit: limit).flatMap { expectedSize in
            let descriptor = open(path, O_RDONLY | O_NONBLOCK)
            guard descriptor >= 0 else { return .failure(FileReadError(reason: "cannot read: \(describe(errno))")) }
            defer { close(descriptor) }
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
                if filled < wanted || filled > limit { break }  // the end seen, or past the bound
                wanted = filled + max(4096, filled / 2)
            }
            return filled <= limit ? .success(buffer.bytes(filled))
                : .failure(FileReadError(reason: "file grew beyond the \(limit)-byte limit while reading"))
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

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
