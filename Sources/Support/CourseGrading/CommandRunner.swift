// Running a build or a test binary with a time limit that stops the whole process group
// (coreutils' `timeout`), collecting what it prints. A plain `timeout swift test` would
// leave the test process spinning and lose its output, so the test binary is run directly.
// The signal is SIGKILL: a process started by Foundation's Process may have SIGTERM
// blocked, and nothing can block SIGKILL. The output goes to a file, not a pipe, so a
// process the command leaves behind cannot keep the runner waiting for the pipe to close.
import Foundation

/// What a finished command printed and how it ended.
public struct CommandOutput: Sendable {
    public var output: String
    public var status: Int32
    /// True when the time limit stopped it (the whole group, `timeout` included, got SIGKILL).
    public var timedOut: Bool { status == 124 || status == 137 || status == 9 }
}

public enum CommandRunner {
    /// Runs `arguments` in `directory` under `timeout -s KILL <seconds>`, with `environment`
    /// added and the variables `unset` removed, and returns its standard output and error together.
    public static func run(_ arguments: [String], in directory: URL, seconds: Int,
                           environment: [String: String] = [:], unset: [String] = []) throws -> CommandOutput {
        let manager = FileManager.default
        let log = manager.temporaryDirectory.appendingPathComponent("course-command-\(UUID().uuidString).log")
        guard manager.createFile(atPath: log.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: log.path])
        }
        defer { try? manager.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["timeout", "-s", "KILL", "\(seconds)"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .filter { !unset.contains($0.key) }
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let data = (try? Data(contentsOf: log)) ?? Data()
        return CommandOutput(output: String(decoding: data, as: UTF8.self), status: process.terminationStatus)
    }
}
