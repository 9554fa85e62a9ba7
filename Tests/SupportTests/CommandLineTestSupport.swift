// What the suites that run the course's executables share: finding a built executable
// and a fresh folder to work in.
import Foundation

/// An executable built beside this test binary, such as `course` or `chapter03` (on Linux
/// the test binary is a file in the build folder, on macOS a bundle in it).
func builtExecutable(_ name: String) -> URL? {
    (Bundle.allBundles.map(\.bundleURL) + [Bundle.main.bundleURL])
        .flatMap { [$0, $0.deletingLastPathComponent()] }
        .map { $0.appendingPathComponent(name) }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}

/// A fresh temporary folder named after `purpose`, removed by the caller.
func temporaryFolder(_ purpose: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("\(purpose)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}
