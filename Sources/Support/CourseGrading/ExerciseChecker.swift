// Building a course folder's learner exercises and running their tests, part by part. The
// verdicts come from the test process's event record, a file in a folder only the grader
// and the test process can open; nothing a part prints is read.
import Foundation

/// Checks the exercises of the course in `root` (its own build folder, `.build`).
public struct ExerciseChecker: Sendable {
    public var root: URL
    /// Seconds of processor time each part may use (the harness stops it and says so).
    public var partTimeLimit: Int
    /// The build folder, relative to `root` or absolute.
    public var scratchPath: String
    /// How the test process runs: `Sandbox.none` for a learner's own checks.
    public var sandbox: Sandbox

    public init(root: URL, partTimeLimit: Int = 60, scratchPath: String = ".build", sandbox: Sandbox = .none) {
        self.root = root
        self.partTimeLimit = partTimeLimit
        self.scratchPath = scratchPath
        self.sandbox = sandbox
    }

    /// The product holding every test target, which `run` starts.
    static let testProduct = "DeepLearningFromScratchPackageTests"

    /// Builds the tests; on failure, the compiler's error lines (at most 20), each exercise
    /// explained once when it reached for an engine it does not see.
    public func build() throws -> String? {
        // Only the tests' product: the chapters' demos, the benchmark and the course tool are not
        // what is checked, and leaving them out takes about a quarter off a cold build. Without
        // the import check, `import Backpropagation` in exercise 4 would compile whenever that
        // module happened to be built first.
        let result = try CommandRunner.run(["swift", "build", "--product", Self.testProduct, "--scratch-path", scratchPath,
                                            "--explicit-target-dependency-import-check", "error"],
                                           in: root, seconds: 1800, unset: Self.exerciseSwitches)
        guard result.status != 0 else { return nil }
        // The compiler's own lines, not the source excerpts it draws under them ("|  `- error: …").
        let errors = result.output.split(separator: "\n").filter {
            $0.contains("error:") && $0.drop { $0 == " " }.first != "|"
        }
        let unique = errors.reduce(into: [Substring]()) { if !$0.contains($1) { $0.append($1) } }
        guard !unique.isEmpty else { return String(result.output.suffix(2000)) }
        return (unique.prefix(20).map(String.init) + Self.explanations(for: unique.map(String.init))).joined(separator: "\n")
    }

    /// Why an exercise cannot see what it reached for, once per exercise that did.
    public static func explanations(for errors: [String]) -> [String] {
        let chapters = Set(errors.compactMap { error -> Int? in
            guard error.contains("cannot find") || error.contains("has no member") || error.contains("no such module")
                    || error.contains("without declaring it a dependency") else { return nil }
            // The exercise's folder (exercises/04-backpropagation/…) or module (BackpropagationExercises).
            if let range = error.range(of: #"/0?(\d+)-[a-z-]+/"#, options: .regularExpression) {
                return Int(error[range].dropFirst().prefix { $0.isNumber })
            }
            return exerciseModules.firstIndex { error.contains("Target \($0) ") }.map { $0 + 1 }
        })
        return chapters.sorted().map { chapter in
            let engine = switch chapter {
            case 1: "the tensor only"
            case 2: "the tensor and chapter 1's engine only"
            default: "the tensor and the engine of chapters 1 to \(chapter - 1) only"
            }
            return "note: exercise \(chapter) is compiled against \(engine), so what its parts ask you to write is not "
                + "there to call, and no other module may be imported: write it yourself."
        }
    }

    /// The variables that make Package.swift compile another folder than exercises/: the
    /// checker always builds the learner's (or the submission's) exercises/.
    static let exerciseSwitches = ["COURSE_SOLUTIONS", "COURSE_EXERCISES"]

    /// The variables of the grader's environment that look like secrets (a CI runner's tokens:
    /// CI_JOB_TOKEN, CLASS_TOKEN, …), which the tests, and so a submission's code, never get.
    public static func secretVariables(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        environment.keys.filter { name in
            ["TOKEN", "SECRET", "PASSWORD", "CREDENTIAL"].contains { name.uppercased().contains($0) }
        }.sorted()
    }

    /// The exercise modules, by chapter from 1.
    static let exerciseModules = ["PerceptronExercises", "LinearRegressionExercises", "ClassificationExercises",
                                  "BackpropagationExercises", "TrainingExercises"]

    /// The results of `parts`, from one run of the test binary filtered to their suites.
    /// A part the run never reported is `didNotRun`; if the whole run timed out, every
    /// unreported part is `timedOut`.
    public func run(_ parts: [CatalogPart]) throws -> [PartResult] {
        let manager = FileManager.default
        let binPath = try CommandRunner.run(["swift", "build", "--show-bin-path", "--scratch-path", scratchPath],
                                            in: root, seconds: 120, unset: Self.exerciseSwitches).output
            .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last.map(String.init) ?? ""
        let binary = URL(fileURLWithPath: binPath).appendingPathComponent(Self.testProduct + ".xctest")
        let chapters = Set(parts.map(\.chapter)).sorted()
        let filter = #"^ExerciseTests\.Exercise("# + chapters.map(String.init).joined(separator: "|") + ")/"
        // The record lives in a folder only its owner may open: a part's child, running as
        // another user, can neither read nor forge it.
        let private_ = manager.temporaryDirectory.appendingPathComponent("course-events-\(UUID().uuidString)")
        try manager.createDirectory(at: private_, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? manager.removeItem(at: private_) }
        let events = private_.appendingPathComponent("events.jsonl")
        // Parts run in parallel, each stopped by the harness after partTimeLimit seconds of
        // processor time, or 5 × that + 60 s on the clock; this outer limit only catches a
        // harness that itself went wrong.
        let outer = partTimeLimit * (parts.count + 5) + 180
        let result = try CommandRunner.run(
            sandbox.prefix + [binary.path, "--testing-library", "swift-testing", "--filter", filter,
                              "--event-stream-output-path", events.path, "--experimental-event-stream-version", "0"],
            in: root, seconds: outer,
            environment: sandbox.environment.merging(["EXERCISE_TIME_LIMIT": "\(partTimeLimit)", "NO_COLOR": "1"]) { $1 },
            unset: Self.secretVariables())
        let record = (try? String(contentsOf: events, encoding: .utf8)) ?? ""
        let parsed = TestEventParser.parse(record)
        return parts.map { part in
            if var found = parsed[part.id] {
                found.title = part.title
                if result.timedOut && found.verdict == .crashed {
                    found.verdict = .timedOut
                    found.message = "the test run was stopped after \(outer) s"
                }
                return found
            }
            let verdict: Verdict = result.timedOut ? .timedOut : .didNotRun
            let message = result.timedOut
                ? "the test run was stopped after \(outer) s"
                : "no result was recorded for this part (the test run ended with status \(result.status))"
            return PartResult(part: part.id, title: part.title, verdict: verdict, message: message)
        }
    }
}
