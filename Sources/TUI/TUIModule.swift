import CNcursesw
enum TUIModule {
    static func probe() -> Int32 { bx_key_resize() }
}
