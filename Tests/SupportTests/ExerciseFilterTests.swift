import CourseGrading
import Foundation
import Testing

/// What `swift test --filter PATTERN` selects. SwiftPM hands the pattern to the test binary, whose
/// `--filter` matches it anywhere in a suite's or test's name: `Exercise1` also matches
/// `Exercise10`. The form every message and README gives, `'ExerciseN$'`, must select exactly one
/// suite, exercise N's, for one-digit and two-digit N. Every test is skipped (`--skip '\(\)'`, which
/// every test function's name matches), so only the selected suites start and nothing runs.
@Suite("`swift test --filter 'ExerciseN$'` selects exercise N's suite alone")
struct ExerciseFilterTests {
    /// The suites a run of the test binary with `--filter pattern` starts.
    static func suites(selectedBy pattern: String) throws -> [String] {
        let binary = try #require(builtExecutable("DeepLearningFromScratchPackageTests.xctest"),
                                  "the test binary beside the course tool (swift build --build-tests)")
        let folder = try temporaryFolder("filter")
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = folder.appendingPathComponent("events.jsonl")
        let result = try CommandRunner.run([binary.path, "--testing-library", "swift-testing", "--filter", pattern, "--skip", #"\(\)"#,
                                            "--event-stream-output-path", events.path, "--experimental-event-stream-version", "0"],
                                           in: folder, seconds: 120)
        #expect(result.status == 0, "\(result.output)")
        let lines = try String(contentsOf: events, encoding: .utf8).split(separator: "\n")
        return lines.filter { $0.contains(#""kind":"testStarted""#) }.compactMap { line in
            line.range(of: #""testID":"[^"]*""#, options: .regularExpression).map { String(line[$0].dropFirst(10).dropLast()) }
        }.sorted()
    }

    @Test("'Exercise1$', 'Exercise10$' and 'Exercise11$' each select one suite", arguments: [1, 10, 11])
    func anchoredPattern(exercise: Int) throws {
        #expect(try Self.suites(selectedBy: "Exercise\(exercise)$") == ["ExerciseTests.Exercise\(exercise)"])
    }

    @Test("Without the anchor, `Exercise1` selects exercises 10, 11, … too (why the messages anchor it)")
    func bareTrap() throws {
        // Every exercise whose number starts with 1, as exercises/ numbers its folders.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let numbers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("exercises").path)
            .compactMap { Int($0.prefix(2)) }
        let expected = numbers.filter { String($0).hasPrefix("1") }.map { "ExerciseTests.Exercise\($0)" }.sorted()
        #expect(expected.count >= 3)
        #expect(try Self.suites(selectedBy: "Exercise1") == expected)
    }
}
