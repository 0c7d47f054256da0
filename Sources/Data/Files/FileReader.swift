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
        let path = url.path
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
        return readRegular(path, expectedSize: Int(info.st_size), limit: limit)
    }

    private static func readRegular(_ path: String, expectedSize: Int, limit: Int) -> Result<[UInt8], FileReadError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(FileReadError(reason: "cannot read: \(describe(errno))")) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: expectedSize)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count < limit + 1 else {
                    return .failure(FileReadError(reason: "file grew beyond the \(limit)-byte limit while reading"))
                }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count / 2)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(FileReadError(reason: "cannot read: \(describe(errno))"))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
