import Foundation

/// Runs gnuplot on a script file, in the script's directory.
enum GnuplotRunner {
    /// How a run ended.
    enum Outcome {
        /// The gnuplot executable (or `/usr/bin/env`) does not exist.
        case notFound
        /// gnuplot ran and exited with `status`, printing `standardError`.
        case finished(status: Int32, standardError: String)
    }

    /// The exit status `env` uses when it cannot find the command it should run.
    private static let commandNotFoundStatus: Int32 = 127

    /// Runs `executable` (found through `/usr/bin/env`) with the script on standard input
    /// and the `format` variable set, in `directory` so that relative data names resolve.
    static func run(executable: String, scriptURL: URL, format: PlotFormat, directory: URL) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The script arrives on standard input, read as the file /dev/stdin: gnuplot's own
        // "-" argument reads standard input line by line as if typed, and then rejects the
        // script's multi-line if/else blocks when combined with -e; a file keeps them, stops
        // at the first error and reports its line number.
        process.arguments = [executable, "-e", "format = \"\(format.rawValue)\"", "/dev/stdin"]
        process.currentDirectoryURL = directory
        let input = try FileHandle(forReadingFrom: scriptURL)
        defer { try? input.close() }
        process.standardInput = input
        // The script always sets an output file, so standard output carries nothing we need.
        process.standardOutput = FileHandle.nullDevice
        let errorPipe = Pipe()
        process.standardError = errorPipe

        do {
            try process.run()
        } catch {
            return .notFound
        }
        // Read to the end before waiting: a full pipe would otherwise block gnuplot forever.
        let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // gnuplot names the file it read, /dev/stdin; the script's own name is more helpful.
        let standardError = String(decoding: errorData, as: UTF8.self)
            .replacingOccurrences(of: "\"/dev/stdin\"", with: PlotScript.quoted(scriptURL.lastPathComponent))
        if process.terminationReason == .exit && process.terminationStatus == commandNotFoundStatus {
            return .notFound
        }
        return .finished(status: process.terminationStatus, standardError: standardError)
    }
}
