/// The weak order of a short vector (ties as ties, missing values as missing): for every pair of positions a < b, in
/// the order (0,1), (0,2), …, (1,2), …, whether `v_a > v_b`, `v_a < v_b` or neither, as bit masks, and which positions
/// hold a value (not NaN).
///
/// Two vectors have the same weak order exactly when their `WeakOrder`s are equal: every pair compares the same way
/// (<, =, >) and the same positions are missing. It is the representation `KendallTau.tauB` counts pairs on for
/// short vectors, and the one to build once when a vector is compared with many others (template rows, permutations).
/// At most `capacity` values (11: 55 pairs in 64 bits; a demographic group has at most 9). O(n²) to build, O(1) to
/// compare.
public struct WeakOrder: Sendable, Hashable {
    /// The most values a weak order holds.
    public static let capacity = 11

    /// Number of positions (values and missing ones).
    public let count: Int
    /// Bit p set when the first value of pair p is greater (`above`) or smaller (`below`) than the second.
    let above: UInt64
    let below: UInt64
    /// Bit i set when position i holds a value.
    let present: UInt16

    /// The weak order of `values` (at most `capacity` of them).
    @inline(__always)
    public init(_ values: UnsafeBufferPointer<Double>) {
        precondition(values.count <= WeakOrder.capacity, "a weak order holds at most 11 values")
        var above: UInt64 = 0, below: UInt64 = 0, present: UInt16 = 0, shift: UInt64 = 0
        let n = values.count
        var i = 0
        while i < n {
            let value = values[i]
            present |= value.isNaN ? 0 : 1 &<< UInt16(truncatingIfNeeded: i)
            var j = i + 1
            while j < n {
                let other = values[j]
                above |= (value > other ? 1 : 0) &<< shift
                below |= (value < other ? 1 : 0) &<< shift
                shift &+= 1
                j &+= 1
            }
            i &+= 1
        }
        self.count = n
        self.above = above
        self.below = below
        self.present = present
    }

    public init(_ values: [Double]) {
        self = values.withUnsafeBufferPointer { WeakOrder($0) }
    }

    /// Pairs (as bits) whose two positions both hold a value in `positions` (bit i = position i).
    @inline(__always)
    static func pairs(within positions: UInt16, count: Int) -> UInt64 {
        let pairCount = count * (count - 1) / 2
        let full: UInt16 = (1 &<< UInt16(truncatingIfNeeded: count)) &- 1
        if positions & full == full { return (1 &<< UInt64(truncatingIfNeeded: pairCount)) &- 1 }
        var mask: UInt64 = 0, bit: UInt64 = 1
        for i in 0..<count {
            let first = positions >> UInt16(i) & 1
            for j in (i + 1)..<max(i + 1, count) {
                mask |= first & positions >> UInt16(j) & 1 != 0 ? bit : 0
                bit &<<= 1
            }
        }
        return mask
    }

    /// Σ t(t−1)/2 over the tie groups of the present values: pairs that are neither above nor below.
    public var tiedPairs: Int {
        let n = present.nonzeroBitCount
        let kept = WeakOrder.pairs(within: present, count: count)
        return n * (n - 1) / 2 - ((above | below) & kept).nonzeroBitCount
    }
}
