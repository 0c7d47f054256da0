import Foundation

extension DataRoot {
    /// The real subset of the Cross-Care files shipped inside the package (`Resources/crosscare-default`).
    public static var embedded: DataRoot {
        let url = Bundle.module.url(forResource: "crosscare-default", withExtension: nil)
            ?? Bundle.module.bundleURL.appendingPathComponent("crosscare-default")
        return DataRoot(url: url, name: "embedded")
    }

    /// `path` when given, else `BIASEXPLORER_DATA` when set and not empty, else the embedded subset. A given folder
    /// must exist and look like a Cross-Care layout.
    public static func resolve(path: String?, environment: [String: String]) throws(DataRootError) -> DataRoot {
        let chosen = path ?? environment["BIASEXPLORER_DATA"].flatMap { $0.isEmpty ? nil : $0 }
        guard let chosen else { return .embedded }
        let url = URL(fileURLWithPath: chosen).standardizedFileURL
        try validate(url, shownAs: chosen)
        return DataRoot(url: url, name: url.lastPathComponent)
    }

    /// The top-level folders of which at least one marks a Cross-Care layout.
    static let layoutMarkers = ["logits_results", "co_occurrence_results", "propagation_eval"]

    static func validate(_ url: URL, shownAs shown: String) throws(DataRootError) {
        var info = stat()
        guard stat(url.path, &info) == 0 else {
            if errno == ENOENT { throw .missing(path: shown) }
            throw .unreadable(path: shown, reason: FileReader.describe(errno))
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path: shown) }
        guard let directory = opendir(url.path) else { throw .unreadable(path: shown, reason: FileReader.describe(errno)) }
        closedir(directory)
        let hasMarker = layoutMarkers.contains { marker in
            var markerIsFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path,
                                                  isDirectory: &markerIsFolder) && markerIsFolder.boolValue
        }
        guard hasMarker else { throw .notCrossCareLayout(path: shown) }
    }
}
