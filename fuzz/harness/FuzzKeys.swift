/// Key decoder: the input is a stream of 5-byte records (status byte, 32-bit little-endian value); status odd means
/// a key code (KEY_CODE_YES), even a character. Every decoded key must have a display name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var offset = 0
    while offset + 5 <= size {
        let value = UInt32(data[offset + 1]) | UInt32(data[offset + 2]) << 8 | UInt32(data[offset + 3]) << 16
            | UInt32(data[offset + 4]) << 24
        let key = data[offset] & 1 == 1 ? KeyDecoder.decode(keyCode: value) : KeyDecoder.decode(character: value)
        if let key { precondition(!key.displayName.isEmpty) }
        offset += 5
    }
    return 0
}
