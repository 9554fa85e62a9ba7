// Building a course folder's learner exercises and running their tests, part by part.
import Foundation

/// Checks the exercises of the course in `root` (its own build folder, `.build`).
public struct ExerciseChecker: Sendable {
    public var root: URL
    /// Seconds each part may run (the harness stops it and says so).
    public var partTimeLimit: Int
    /// The build folder, relative to `root` or absolute.
    public var scratchPath: String
    /// Extra environment for the build, such as `COURSE_EXERCISES`.
    public var buildEnvironment: [String: String]

    public init(root: URL, partTimeLimit: Int = 60, scratchPath: String = ".build", buildEnvironment: [String: String] = [:]) {
        self.root = root
        self.partTimeLimit = partTimeLimit
        self.scratchPath = scratchPath
        self.buildEnvironment = buildEnvironment
    }

    /// Builds the tests; on failure, the compiler's error lines (at most 20).
    public func build() throws -> String? {
        let result = try CommandRunner.run(["swift", "build", "--build-tests", "--scratch-path", scratchPath],
                                           in: root, seconds: 1800, environment: buildEnvironment)
        guard result.status != 0 else { return nil }
        let errors = result.output.split(separator: "\n").filter { $0.contains("error:") }
        let unique = errors.reduce(into: [Substring]()) { if !$0.contains($1) { $0.append($1) } }
        return unique.isEmpty ? String(result.output.suffix(2000)) : unique.prefix(20).joined(separator: "\n")
    }

    /// The results of `parts`, from one run of the test binary filtered to their suites.
    /// A part the run never reported is `didNotRun`; if the whole run timed out, every
    /// unreported part is `timedOut`.
    public func run(_ parts: [CatalogPart]) throws -> [PartResult] {
        let binPath = try CommandRunner.run(["swift", "build", "--show-bin-path", "--scratch-path", scratchPath],
                                            in: root, seconds: 120, environment: buildEnvironment).output
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last.map(String.init) ?? ""
        let binary = URL(fileURLWithPath: binPath).appendingPathComponent("DeepLearningFromScratchPackageTests.xctest")
        let chapters = Set(parts.map(\.chapter)).sorted()
        let filter = "Exercise(" + chapters.map(String.init).joined(separator: "|") + ")/"
        // Parts run in parallel, each stopped by the harness after partTimeLimit; this outer
        // limit only catches a harness that itself went wrong.
        let outer = partTimeLimit * parts.count + 120
        let result = try CommandRunner.run([binary.path, "--testing-library", "swift-testing", "--filter", filter],
                                           in: root, seconds: outer,
                                           environment: ["EXERCISE_TIME_LIMIT": "\(partTimeLimit)", "NO_COLOR": "1"])
        let parsed = TestOutputParser.parse(result.output)
        return parts.map { part in
            if var found = parsed[part.id] {
                found.title = part.title
                return found
            }
            let verdict: Verdict = result.timedOut ? .timedOut : .didNotRun
            let message = result.timedOut
                ? "the test run was stopped after \(outer) s"
                : "no result was reported for this part (the test run ended with status \(result.status))"
            return PartResult(part: part.id, title: part.title, verdict: verdict, message: message)
        }
    }
}
