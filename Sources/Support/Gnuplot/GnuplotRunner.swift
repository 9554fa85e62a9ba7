import Foundation

/// Runs gnuplot on a script file, in the script's directory.
enum GnuplotRunner {
    /// How a run ended.
    enum Outcome {
        /// The gnuplot executable (or `/usr/bin/env`) does not exist.
        case notFound
        /// gnuplot ran and exited with `status`, printing `standardError`.
        case finished(status: Int32, standardError: String)
        /// gnuplot was still running after the time limit, and was killed.
        case timedOut(seconds: Int)
    }

    /// The exit status `env` uses when it cannot find the command it should run.
    private static let commandNotFoundStatus: Int32 = 127

    /// Runs `executable` (found through `/usr/bin/env`) with the script on standard input
    /// and the `format` variable set, in `directory` so that relative data names resolve;
    /// stops it after `timeLimit` seconds.
    static func run(executable: String, scriptURL: URL, format: PlotFormat, directory: URL,
                    timeLimit: Int) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // The script arrives on standard input, read as the file /dev/stdin: gnuplot's own
        // "-" argument reads standard input line by line as if typed, and then rejects the
        // script's multi-line if/else blocks when combined with -e; a file keeps them, stops
        // at the first error and reports its line number.
        let gnuplot = [executable, "-e", "format = \"\(format.rawValue)\"", "/dev/stdin"]
        // coreutils' `timeout` stops gnuplot and anything it started (killing gnuplot alone
        // would leave its children holding its output open, and the wait would not end).
        process.arguments = timeoutCommand.map { [$0, "-s", "KILL", "\(timeLimit)"] + gnuplot } ?? gnuplot
        process.currentDirectoryURL = directory
        let input = try FileHandle(forReadingFrom: scriptURL)
        defer { try? input.close() }
        process.standardInput = input
        // The script always sets an output file, so standard output carries nothing we need.
        process.standardOutput = FileHandle.nullDevice
        // gnuplot's messages go to a file, which never fills up or keeps anyone waiting.
        let errorURL = FileManager.default.temporaryDirectory.appendingPathComponent("gnuplot-\(UUID().uuidString).err")
        guard FileManager.default.createFile(atPath: errorURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errorURL.path])
        }
        defer { try? FileManager.default.removeItem(at: errorURL) }
        let errorFile = try FileHandle(forWritingTo: errorURL)
        defer { try? errorFile.close() }
        process.standardError = errorFile

        do {
            try process.run()
        } catch {
            return .notFound
        }
        process.waitUntilExit()
        let errorData = (try? Data(contentsOf: errorURL)) ?? Data()
        // gnuplot names the file it read, /dev/stdin; the script's own name is more helpful.
        let standardError = String(decoding: errorData, as: UTF8.self)
            .replacingOccurrences(of: "\"/dev/stdin\"", with: PlotScript.quoted(scriptURL.lastPathComponent))
        if process.terminationReason == .exit && process.terminationStatus == commandNotFoundStatus {
            return .notFound
        }
        // `timeout -s KILL` signals its whole process group, itself included: it ends either
        // with status 128 + 9 or killed by that same signal.
        let killed = process.terminationReason == .exit ? process.terminationStatus == killedStatus
                                                          : process.terminationStatus == SIGKILL
        if timeoutCommand != nil && killed {
            return .timedOut(seconds: timeLimit)
        }
        return .finished(status: process.terminationStatus, standardError: standardError)
    }

    /// The status `timeout -s KILL` exits with when it had to stop the command.
    private static let killedStatus: Int32 = 128 + SIGKILL

    /// `timeout`, when it is installed (coreutils; not on a plain macOS).
    private static let timeoutCommand: String? = ["/usr/bin/timeout", "/bin/timeout"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
