import Analysis

/// Reads a data root into a `Dataset`. Placeholder: replaced whole by the data-layer work.
public enum DatasetLoader {
    public static func load(_ root: DataRoot) throws(DataRootError) -> Dataset {
        throw .missing(path: root.url.path)
    }
}
