import Testing
@testable import Data

@Test func moduleBuilds() {
    #expect(Bool(true))
}
