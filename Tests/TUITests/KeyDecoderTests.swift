import Testing
@testable import TUI

@Suite struct KeyDecoderTests {
    @Test func controlBytesBecomeNamedKeys() {
        #expect(KeyDecoder.decode(character: 0x03) == .control("c"))
        #expect(KeyDecoder.decode(character: 0x1A) == .control("z"))
        #expect(KeyDecoder.decode(character: 0x09) == .tab)
        #expect(KeyDecoder.decode(character: 0x0D) == .enter)
        #expect(KeyDecoder.decode(character: 0x1B) == .escape)
        #expect(KeyDecoder.decode(character: 0x7F) == .backspace)
        #expect(KeyDecoder.decode(character: 0x00) == nil)
        #expect(KeyDecoder.decode(character: 0x9B) == nil)
        #expect(KeyDecoder.decode(character: 0xD800) == nil)  // a surrogate is not a scalar
        #expect(KeyDecoder.decode(character: 0x4E2D) == .character("中"))
    }

    @Test func cursesKeyCodesMatchTheirNames() {
        // Values from ncurses curses.h: KEY_DOWN 0402, KEY_NPAGE 0522, KEY_BTAB 0541.
        #expect(KeyDecoder.decode(keyCode: 0o402) == .down)
        #expect(KeyDecoder.decode(keyCode: 0o522) == .pageDown)
        #expect(KeyDecoder.decode(keyCode: 0o541) == .backTab)
        #expect(KeyDecoder.decode(keyCode: 0o777) == nil)
    }
}
