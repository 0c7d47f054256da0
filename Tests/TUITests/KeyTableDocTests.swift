import Foundation
import Testing
@testable import TUI

/// The README's key table is the key table's own Markdown, so it lists every binding.
@Suite struct KeyTableDocTests {
    @Test func readmeKeyTableIsGeneratedFromTheKeyTable() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- keys:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- keys:end -->"))
        #expect(String(readme[begin.upperBound..<end.lowerBound]) == KeyTable.standard.markdown(),
                "README key table is stale: paste `biasexplorer keys --markdown` between the markers")
        for command in Command.allCases {
            #expect(readme.contains("`\(command.rawValue)`"), "\(command.rawValue) missing from the README")
        }
    }
}
