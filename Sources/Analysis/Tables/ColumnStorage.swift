/// The values of one column of a `TypedTable`, stored by kind (column-major): integers, doubles, or text as codes
/// into a list of distinct values. The kind is set by the first value that is not missing; a later value of a wider
/// kind widens the column (integer → real → text; a number in a text column is stored as its CSV text), so the CSV
/// bytes never depend on the kind.
///
/// A class, so that reading a cell never copies the column's arrays (a struct of five arrays is retained whole on
/// each access); `TypedTable` keeps value semantics by copying a column before it mutates a shared one
/// (copy-on-write, `isKnownUniquelyReferenced`). Never mutated once shared, hence `@unchecked Sendable`, and no
/// two accesses overlap, hence the properties opt out of the runtime exclusivity check (`@exclusivity(unchecked)`),
/// which would otherwise cost more than the access itself on every cell.
final class ColumnStorage: @unchecked Sendable {
    enum Kind: Sendable, Hashable {
        case undetermined, integer, real, text
    }

    static let missingInteger = Int.min
    static let missingCode = UInt32.max
    /// Text values are interned (one copy of a repeated value) while there are at most this many distinct ones;
    /// beyond, new values are appended as they come (a column of ~unique keys holds no index).
    static let internLimit = 4_096

    @exclusivity(unchecked) private(set) var kind = Kind.undetermined
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private(set) var integers: [Int] = []
    @exclusivity(unchecked) private(set) var reals: [Double] = []
    @exclusivity(unchecked) private(set) var codes: [UInt32] = []
    @exclusivity(unchecked) private(set) var texts: [String] = []
    @exclusivity(unchecked) private var index: [String: UInt32] = [:]
    @exclusivity(unchecked) private var lastCode = ColumnStorage.missingCode
    /// The codes of the last few distinct values met (a column cycling through a group's demographics finds its
    /// value here without hashing).
    @exclusivity(unchecked) private var recent: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (missingCode, missingCode, missingCode, missingCode, missingCode, missingCode)
    @exclusivity(unchecked) private var reserved = 0

    init(reservingRows rows: Int = 0) { reserved = rows }

    /// Whether every distinct text has one code (equal codes ⇔ equal texts): at most `internLimit` values met.
    var isInterned: Bool { texts.count <= ColumnStorage.internLimit }

    /// An independent copy (copy-on-write in `TypedTable`).
    func copy() -> ColumnStorage {
        let copy = ColumnStorage(reservingRows: reserved)
        copy.kind = kind
        copy.count = count
        copy.integers = integers
        copy.reals = reals
        copy.codes = codes
        copy.texts = texts
        copy.index = index
        copy.lastCode = lastCode
        return copy
    }

    func appendMissing() {
        switch kind {
        case .undetermined: break
        case .integer: integers.append(ColumnStorage.missingInteger)
        case .real: reals.append(.nan)
        case .text: codes.append(ColumnStorage.missingCode)
        }
        count += 1
    }

    func append(integer value: Int) {
        switch kind {
        case .undetermined:
            become(.integer)
            integers.append(value)
        case .integer: integers.append(value)
        case .real: reals.append(Double(value))
        case .text: appendCode(intern(String(value)))
        }
        count += 1
    }

    /// A double; not finite = missing.
    func append(real value: Double) {
        guard value.isFinite else { return appendMissing() }
        switch kind {
        case .undetermined:
            become(.real)
            reals.append(value)
        case .integer:
            widen(to: .real)
            reals.append(value)
        case .real: reals.append(value)
        case .text: appendCode(intern(CSVEncoder.format(value)))
        }
        count += 1
    }

    func append(text value: String) {
        if kind != .text { widen(to: .text) }
        appendCode(intern(value))
        count += 1
    }

    /// Appends every value of `other` (a column of the same table layout): numbers as they are, texts interned once
    /// per distinct value of `other`.
    func append(contentsOf other: ColumnStorage) {
        switch (kind, other.kind) {
        case (_, .undetermined):
            for _ in 0..<other.count { appendMissing() }
        case (.integer, .integer):
            integers.append(contentsOf: other.integers)
            count += other.count
        case (.real, .real):
            reals.append(contentsOf: other.reals)
            count += other.count
        case (.text, .text), (.undetermined, .text):
            if kind == .undetermined { become(.text) }
            var mapped = [UInt32](repeating: ColumnStorage.missingCode, count: other.texts.count)
            var known = [Bool](repeating: false, count: other.texts.count)
            for code in other.codes {
                guard code != ColumnStorage.missingCode else {
                    codes.append(code)
                    continue
                }
                if !known[Int(code)] {
                    mapped[Int(code)] = intern(other.texts[Int(code)])
                    known[Int(code)] = true
                }
                appendCode(mapped[Int(code)])
            }
            count += other.count
        default:
            for row in 0..<other.count {
                switch other.cell(row) {
                case .missing: appendMissing()
                case .integer(let value): append(integer: value)
                case .number(let value): append(real: value)
                case .text(let value): append(text: value)
                }
            }
        }
    }

    /// The value of row `row` as a cell.
    func cell(_ row: Int) -> TableCell {
        switch kind {
        case .undetermined: return .missing
        case .integer:
            let value = integers[row]
            return value == ColumnStorage.missingInteger ? .missing : .integer(value)
        case .real: return .value(reals[row])
        case .text:
            let code = codes[row]
            return code == ColumnStorage.missingCode ? .missing : .text(texts[Int(code)])
        }
    }

    /// The number of row `row` (integers as doubles); nil for missing and text.
    func number(_ row: Int) -> Double? {
        switch kind {
        case .integer:
            let value = integers[row]
            return value == ColumnStorage.missingInteger ? nil : Double(value)
        case .real: return reals[row].isFinite ? reals[row] : nil
        case .undetermined, .text: return nil
        }
    }

    /// The text of row `row`; nil for missing and numeric columns.
    func text(_ row: Int) -> String? {
        guard kind == .text else { return nil }
        let code = codes[row]
        return code == ColumnStorage.missingCode ? nil : texts[Int(code)]
    }

    private func appendCode(_ code: UInt32) {
        codes.append(code)
        lastCode = code
    }

    /// The code of `value`: the previous row's when equal (the common case), else its interned code.
    private func intern(_ value: String) -> UInt32 {
        if lastCode != ColumnStorage.missingCode, texts[Int(lastCode)] == value { return lastCode }
        if let code = recentCode(of: value) { return code }
        let code: UInt32
        if let known = index[value] {
            code = known
        } else {
            code = UInt32(texts.count)
            texts.append(value)
            if index.count < ColumnStorage.internLimit { index[value] = code }
        }
        recent = (code, recent.0, recent.1, recent.2, recent.3, recent.4)
        return code
    }

    /// The code of `value` among the recent codes, without hashing.
    private func recentCode(of value: String) -> UInt32? {
        func matches(_ code: UInt32) -> Bool { code != ColumnStorage.missingCode && texts[Int(code)] == value }
        if matches(recent.0) { return recent.0 }
        if matches(recent.1) { return recent.1 }
        if matches(recent.2) { return recent.2 }
        if matches(recent.3) { return recent.3 }
        if matches(recent.4) { return recent.4 }
        if matches(recent.5) { return recent.5 }
        return nil
    }

    /// Sets the kind of a column that held only missing values so far.
    private func become(_ new: Kind) {
        kind = new
        switch new {
        case .undetermined: break
        case .integer:
            integers.reserveCapacity(max(reserved, count + 1))
            integers.append(contentsOf: repeatElement(ColumnStorage.missingInteger, count: count))
        case .real:
            reals.reserveCapacity(max(reserved, count + 1))
            reals.append(contentsOf: repeatElement(.nan, count: count))
        case .text:
            codes.reserveCapacity(max(reserved, count + 1))
            codes.append(contentsOf: repeatElement(ColumnStorage.missingCode, count: count))
        }
    }

    /// Widens an integer or real column (or sets an undetermined one) to `new`.
    private func widen(to new: Kind) {
        switch (kind, new) {
        case (.undetermined, _): become(new)
        case (.integer, .real):
            reals.reserveCapacity(max(reserved, count + 1))
            reals = integers.map { $0 == ColumnStorage.missingInteger ? .nan : Double($0) }
            integers = []
            kind = .real
        case (.integer, .text), (.real, .text):
            let old = (0..<count).map { cell($0) }
            integers = []
            reals = []
            kind = .text
            codes.reserveCapacity(max(reserved, count + 1))
            for value in old {
                switch value {
                case .integer(let number): appendCode(intern(String(number)))
                case .number(let number): appendCode(intern(CSVEncoder.format(number)))
                case .text(let text): appendCode(intern(text))
                case .missing: codes.append(ColumnStorage.missingCode)
                }
            }
        default: break
        }
    }
}
