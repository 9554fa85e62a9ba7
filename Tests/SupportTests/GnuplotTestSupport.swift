import Foundation
import Gnuplot

/// A fresh directory under the system's temporary directory for one test's plots.
enum GnuplotScratchDirectory {
    /// Runs `body` with a new directory URL (not yet created: the writer creates it) and
    /// removes the directory afterwards, even when `body` throws.
    static func with<Result>(_ body: (URL) throws -> Result) throws -> Result {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("gnuplot-tests-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }
}

/// Reading back what a `PlotWriter` wrote.
enum GnuplotFiles {
    /// The text of `url`.
    static func text(_ url: URL) throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    /// The lines of a data file that are not comments: each row's numbers, and an empty
    /// array for each blank line (a break in a curve, or a grid row separator).
    static func rows(_ url: URL) throws -> [[Double]] {
        try text(url).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .filter { !$0.hasPrefix("#") }
            .map { line in line.split(separator: " ").map { Double(String($0)) ?? .nan } }
    }

    /// The first `count` bytes of `url`.
    static func prefix(_ url: URL, count: Int) throws -> [UInt8] {
        Array(try Data(contentsOf: url).prefix(count))
    }

    /// Runs `gnuplot` with `arguments` in `directory` the way a person would from a shell,
    /// and returns its exit status.
    static func runGnuplot(_ arguments: [String], in directory: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gnuplot"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// `count` numbers spread over 0..<1 without a random generator, so tests repeat exactly.
    static func spreadSamples(_ count: Int) -> [Double] {
        (0..<count).map { index in
            let value = sin(Double(index) * 12.9898) * 43_758.5453
            return value - value.rounded(.down)
        }
    }
}
