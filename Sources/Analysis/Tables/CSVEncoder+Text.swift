/// The text rules of `CSVEncoder`.
extension CSVEncoder {
    /// One text cell, in three steps (issue 10; OWASP "CSV Injection"):
    /// 1. terminal safety: every `isUnsafeForTerminal` scalar except LF and TAB becomes its visible escape
    ///    (`\x1b`, `\u202e`), so `render --format csv` on a terminal and `cat file.csv` run no escape sequence;
    /// 2. formula neutralisation: a cell starting with `=`, `+`, `-`, `@`, TAB or CR gets a leading `'`, unless the
    ///    whole cell is a plain decimal number (`-1.5`, `+2e-3`): a spreadsheet reads such a cell as that number
    ///    and no formula can hide in it, so numbers written as text from the data stay numbers;
    /// 3. RFC 4180 quoting: wrapped in `"` (inner `"` doubled) when it holds `,`, `"`, LF, CR, or leading or
    ///    trailing spaces.
    static func encodeText(_ raw: String) -> String {
        isPlain(raw) ? raw : encodeTextInGeneral(raw)
    }

    /// `encodeText` without the plain-ASCII shortcut.
    static func encodeTextInGeneral(_ raw: String) -> String {
        var text = escapingControls(raw)
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `text` with every terminal-unsafe scalar but LF and TAB replaced by its visible escape.
    static func escapingControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafeForTerminal($0) && $0 != "\n" && $0 != "\t" }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafeForTerminal(scalar) && scalar != "\n" && scalar != "\t" {
                result.append(contentsOf: visibleEscape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether the text is an optionally signed decimal number with optional fraction and exponent, ASCII only:
    /// `[+-]?digits[.digits][(e|E)[+-]?digits]` (also `.5`, `5.`). Nothing else: no spaces, `inf`, `nan`, hex.
    static func isPlainNumber(_ text: String) -> Bool { isPlainNumber(utf8: text.utf8) }

    /// `isPlainNumber` over UTF-8 bytes (the grammar is ASCII, so any other byte fails): the paper-vs-correct
    /// comparison checks encoded cells without making a String of each.
    static func isPlainNumber<Bytes: Collection>(utf8 bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        var position = bytes.startIndex
        /// Steps over one byte that `accept` takes; whether it did.
        func one(_ accept: (UInt8) -> Bool) -> Bool {
            guard position != bytes.endIndex, accept(bytes[position]) else { return false }
            position = bytes.index(after: position)
            return true
        }
        func digits() -> Int {
            var run = 0
            while one({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) { run += 1 }
            return run
        }
        let sign = { (byte: UInt8) in byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") }
        _ = one(sign)
        var mantissa = digits()
        if one({ $0 == UInt8(ascii: ".") }) { mantissa += digits() }
        guard mantissa > 0 else { return false }
        if one({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            _ = one(sign)
            guard digits() > 0 else { return false }
        }
        return position == bytes.endIndex
    }

    /// Whether a text cell is written as is: printable ASCII only (so bytes and characters coincide and nothing is
    /// unsafe for a terminal), no comma or quote, no leading formula character (but the sign of a plain number), no
    /// leading or trailing space. The common case, decided on the bytes without iterating characters; anything else
    /// takes the general path of `encodeText`.
    static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { isPlain(utf8: $0) } ?? false
    }

    /// `isPlain` over UTF-8 bytes (a cell assembled as bytes, e.g. a paper-vs-correct key).
    static func isPlain<Bytes: BidirectionalCollection>(utf8 bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        guard let first = bytes.first, let last = bytes.last else { return false }
        // A signed plain number ("-101.8", the comparison's negative logits) is written unchanged too.
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { return isPlainNumber(utf8: bytes) }
        guard first != UInt8(ascii: " "), last != UInt8(ascii: " "), first != UInt8(ascii: "="),
              first != UInt8(ascii: "@") else { return false }
        for byte in bytes where byte < 0x20 || byte > 0x7E || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") {
            return false
        }
        return true
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
