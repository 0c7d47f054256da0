import Foundation

/// Stands in for the `Bundle.module` accessor SwiftPM generates: the fuzz build compiles `Sources/Data` without
/// SwiftPM, so the resources are read from the source tree (`FUZZ_RESOURCES`, else the path baked in at build time).
extension Foundation.Bundle {
    static let module: Bundle = {
        let fallback = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Data/Resources").path
        let path = ProcessInfo.processInfo.environment["FUZZ_RESOURCES"] ?? fallback
        return Bundle(path: path) ?? Bundle.main
    }()
}
