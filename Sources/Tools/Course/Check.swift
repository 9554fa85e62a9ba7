// `course check N` and `course list`: the learner's own verdicts.
import ArgumentParser
import CourseGrading
import CourseRuntime
import Foundation

/// Options shared by the commands that build and run the learner's tests.
struct RunOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds of processor time each part may use before it is stopped and reported as timed out.",
                               valueName: "seconds"))
    var timeout: Int = 60

    @Option(help: ArgumentHelp("The course's root folder, which holds exercises/.", valueName: "dir"))
    var root: String = "."

    var rootURL: URL { URL(fileURLWithPath: root, isDirectory: true) }

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    /// Builds, and runs the tests of `parts`; a build failure gives every part that verdict.
    func results(for parts: [CatalogPart]) throws -> [PartResult] {
        let checker = ExerciseChecker(root: rootURL, partTimeLimit: timeout)
        print("Building the exercises and their tests …")
        if let errors = try checker.build() {
            return parts.map { PartResult(part: $0.id, title: $0.title, verdict: .doesNotCompile, message: errors) }
        }
        print("Running the tests, each part in its own process …")
        return try checker.run(parts)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run exercise N's tests (or every exercise's, with --all), each part on its own, and print a verdict per part.",
        // Written out: the generated one shows the number's list (see `given`) as optional and repeated.
        usage: "course check (<exercise> | --all) [--json <file>] [--timeout <seconds>] [--root <dir>]",
        discussion: """
            A part that crashes or runs longer than --timeout seconds is reported as such; the other parts still run. \
            --json FILE writes the verdicts as a report in the schema the README describes (the one `course grade` \
            writes for each submission). The exit status is 1 when a part does not pass.
            """)

    /// The exercise number, as given. A list of unrecognised inputs, because ArgumentParser
    /// reads `-1` in a plain argument as an option and never shows it to `validate()`; it
    /// holds one number once `validate()` has passed, or nothing with --all.
    @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The exercise (chapter) number, as in 2.", valueName: "exercise"))
    var given: [String] = []

    @Flag(help: "Every exercise's parts, in order.")
    var all = false

    @Option(help: ArgumentHelp("Also write the verdicts to this file as JSON (a report: the README's schema).", valueName: "file"))
    var json: String?

    @OptionGroup var options: RunOptions

    var exercise: Int? { all ? nil : Int(given[0])! }

    func validate() throws {
        let parts = try ExerciseCatalog.parts(in: options.rootURL.appendingPathComponent("exercises"))
        if all {
            guard given.isEmpty else {
                throw ValidationError("give an exercise number or --all, not both (got \(given.joined(separator: " ")) and --all)")
            }
            guard !parts.isEmpty else {
                throw ValidationError("exercises/ holds no exercise parts: run this in the course's root folder or pass --root")
            }
        } else if given.isEmpty {
            throw ValidationError("give an exercise number, as in 2, or --all for every exercise")
        } else if let problem = ExerciseCatalog.exerciseNumberProblem(given, exercises: parts.map(\.chapter), folder: "exercises/") {
            throw ValidationError(problem)
        }
        // A report that cannot be written is said before the build, not after minutes of tests.
        if let json { try checkWritableFile(json, option: "--json", example: "report.json") }
    }

    func run() throws {
        let parts = try ExerciseCatalog.parts(in: options.rootURL.appendingPathComponent("exercises"))
            .filter { exercise == nil || $0.chapter == exercise }
        let results = try options.results(for: parts)
        for result in results {
            print("\(result.verdict.symbol) \(result.part) \(result.title): \(result.verdict.rawValue)")
            if result.verdict != .passed, let message = result.message {
                print(message.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            }
            if let note = result.note { print("    " + note) }
        }
        let passed = results.filter { $0.verdict == .passed }.count
        print("\n" + (exercise.map { "Exercise \($0)" } ?? "Every exercise") + ": \(passed) of \(results.count) parts pass.")
        if let json {
            let report = SubmissionReport(submission: options.rootURL.standardizedFileURL.lastPathComponent, parts: results, notes: [])
            try report.jsonData().write(to: URL(fileURLWithPath: json), options: .atomic)
            print("Report written to \(json).")
        }
        if passed < results.count { throw ExitCode.failure }
    }
}

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every exercise part with its status: not started, failing, or passing.")

    @OptionGroup var options: RunOptions

    /// A folder with no exercises is a wrong --root, said before a build, not "0 of 0 parts pass".
    func validate() throws {
        let exercises = options.rootURL.appendingPathComponent("exercises")
        if try ExerciseCatalog.parts(in: exercises).isEmpty {
            throw ValidationError("\(exercises.path) holds no exercise parts: run this in the course's root folder or pass --root")
        }
    }

    func run() throws {
        let parts = try ExerciseCatalog.parts(in: options.rootURL.appendingPathComponent("exercises"))
        let results = try options.results(for: parts)
        var chapter = 0
        for (part, result) in zip(parts, results) {
            if part.chapter != chapter {
                chapter = part.chapter
                print("\nExercise \(chapter) (exercises/\(part.file))")
            }
            let status: String = switch result.verdict {
            case .passed: "passing"
            case .notStarted: "not started"
            case .failing: "failing"
            default: "failing (\(result.verdict.rawValue))"
            }
            print("  \(result.verdict.symbol) \(part.id.padding(toLength: 5, withPad: " ", startingAt: 0))"
                  + "\(part.title.padding(toLength: 44, withPad: " ", startingAt: 0)) \(status)")
        }
        let passing = results.filter { $0.verdict == .passed }.count
        let started = results.filter { $0.verdict != .notStarted }.count
        print("\n\(passing) of \(results.count) parts pass; \(started) started.")
    }
}
