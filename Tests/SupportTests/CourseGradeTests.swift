import CourseGrading
import Foundation
import Testing

/// The course's root folder, found from this file's path.
private let courseRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Grades real submissions, building them: minutes, the first time. It runs in the test
/// command's run against the solutions (COURSE_SOLUTIONS=1), not in a learner's own
/// `swift test`, and never in a learner edition, which has no solutions/ to grade.
@Suite("Course tool: grading submissions", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["COURSE_SOLUTIONS"] == "1"
                && FileManager.default.fileExists(atPath: courseRoot.appendingPathComponent("solutions").path)))
struct CourseGradeTests {
    static let root = courseRoot

    /// A copy of exercises/ (or solutions/) with one part's stub replaced by `code`.
    static func submission(in folder: URL, name: String, from source: String = "exercises",
                           replacing stub: String? = nil, with code: String = "") throws -> URL {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: root.appendingPathComponent(source), to: target)
        if let stub {
            let file = target.appendingPathComponent("02-linear-regression/LinearRegressionExercise.swift")
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(stub), "the fixture's stub line must exist")
            try text.replacingOccurrences(of: stub, with: code).write(to: file, atomically: true, encoding: .utf8)
        }
        return target
    }

    @Test("correct, crashing, hanging, broken, empty and padded submissions each get their verdict",
          .timeLimit(.minutes(15)))
    func grades() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let correct = try Self.submission(in: folder, name: "correct", from: "solutions")
        let crash = try Self.submission(in: folder, name: "crash", replacing: #"return notImplemented("2.3", placeholder: Tensor.zeros([inputs.shape[1]]))"#,
                                        with: "let a = [1]; _ = a[inputs.shape[0]]; return inputs")
        let hang = try Self.submission(in: folder, name: "hang", replacing: #"return notImplemented("2.5", placeholder: (weights, bias))"#,
                                       with: "var i = 0; while i >= 0 { i = (i &+ 1) % 7 }; return (weights, bias)")
        let broken = try Self.submission(in: folder, name: "broken", replacing: #"return notImplemented("2.1", placeholder: 0)"#,
                                         with: "return predictions -")
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let padded = try Self.submission(in: folder, name: "padded")
        try "// not part of the course\n".write(to: padded.appendingPathComponent("Extra.swift"), atomically: true, encoding: .utf8)

        // One shared build folder keeps this test to a single cold build.
        let grader = Grader(root: Self.root, partTimeLimit: 5, sharedBuild: true)
        let reports = try [correct, crash, hang, broken, empty, padded].map { try grader.grade($0, name: $0.lastPathComponent) }
        let byName = Dictionary(uniqueKeysWithValues: reports.map { ($0.submission, $0) })
        func verdict(_ submission: String, _ part: String) -> Verdict? {
            byName[submission]?.parts.first { $0.part == part }?.verdict
        }

        let total = try #require(byName["correct"]).parts.count
        #expect(total >= 25)
        #expect(byName["correct"]?.passed == total, "the solutions must grade full marks")
        #expect(verdict("crash", "2.3") == .crashed)
        #expect(verdict("crash", "2.1") == .notStarted, "the other parts still run")
        #expect(verdict("hang", "2.5") == .timedOut)
        #expect(byName["broken"]?.parts.allSatisfy { $0.verdict == .doesNotCompile } == true)
        #expect(byName["broken"]?.parts.first?.message?.contains("broken/02-linear-regression") == true)
        #expect(byName["empty"]?.parts.allSatisfy { $0.verdict == .emptySubmission } == true)
        #expect(byName["padded"]?.notes.contains { $0.contains("Extra.swift") } == true)
        for report in reports where report.submission != "correct" { #expect(report.passed == 0, "\(report.submission)") }
        #expect(Grader.summaryMarkdown(reports).contains("| correct | \(total)/\(total) |"))
    }

    /// True when this machine can grade in the sandbox (as root, with PID namespaces).
    static let sandboxed = Sandbox.detect().isIsolated

    @Test("hostile submissions never pass a part they attack, and leave the other parts and submissions alone",
          .enabled(if: sandboxed), .timeLimit(.minutes(20)))
    func hostile() throws {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("grading-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: folder) }
        let solutions = Self.root.appendingPathComponent("solutions")
        let hostile = try HostileSubmission.all.map { try $0.write(in: folder, solutions: solutions) }
        // An honest submission graded after them all: nothing they did may reach it.
        let after = try Self.submission(in: folder, name: "honest-after", from: "solutions")
        let tests = Self.root.appendingPathComponent("Tests/ExerciseTests/Exercise2Tests.swift")
        let testsBefore = try Data(contentsOf: tests)

        let grader = Grader(root: Self.root, partTimeLimit: 10, partMemoryLimit: 1024, sharedBuild: true)
        let reports = try (hostile + [after]).map { try grader.grade($0, name: $0.lastPathComponent) }
        let byName = Dictionary(uniqueKeysWithValues: reports.map { ($0.submission, $0) })

        for submission in HostileSubmission.all {
            let report = try #require(byName[submission.name])
            for part in report.parts {
                if submission.wholeSubmission || part.part == submission.part {
                    #expect(submission.verdicts.contains(part.verdict),
                            "\(submission.name) \(part.part): \(part.verdict.rawValue), \(part.message ?? "")")
                } else {
                    #expect(part.verdict == .passed, "\(submission.name) \(part.part) is honest code: \(part.message ?? "")")
                }
            }
        }
        let engine = byName["calls-the-engine"]?.parts.first?.message ?? ""
        #expect(engine.contains("cannot find 'LinearModel' in scope") && engine.contains("compiled against the tensor and chapter 1's engine only"),
                "the compiler's error, and why: \(engine)")
        let imports = byName["imports-the-engine"]?.parts.first?.message ?? ""
        #expect(imports.contains("imports LinearRegression"), "\(imports)")
        let total = try #require(byName["honest-after"]).parts.count
        #expect(byName["honest-after"]?.passed == total, "an honest submission after the hostile ones gets full marks")
        #expect(try Data(contentsOf: tests) == testsBefore, "the course's tests are unchanged")
        #expect(reports.allSatisfy { !$0.notes.contains { $0.contains("restored") } },
                "the sandbox kept every file of the grading copy unchanged")
        // The pattern's [.] keeps pgrep's own command line (and its time limit's) from matching.
        let pattern = "sleep " + HostileSubmission.sleeperSeconds.replacingOccurrences(of: ".", with: "[.]")
        let sleepers = try CommandRunner.run(["pgrep", "-af", pattern],
                                             in: folder, seconds: 10)
        #expect(sleepers.output.isEmpty, "no process a submission started outlives its grading: \(sleepers.output)")
    }

    /// A submission that does not compile, so that its cold build stops after the first floors
    /// (a correct one would build the whole course a second time: two minutes of the suite).
    @Test("by default a submission gets a build folder of its own, removed afterwards", .timeLimit(.minutes(15)))
    func ownBuildFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = try Self.submission(in: folder, name: "alone", replacing: #"return notImplemented("2.1", placeholder: 0)"#,
                                         with: "return predictions -")
        let report = try Grader(root: Self.root, partTimeLimit: 30).grade(broken, name: "alone")
        #expect(report.parts.count >= 25 && report.parts.allSatisfy { $0.verdict == .doesNotCompile })
        #expect(report.parts.first?.message?.contains("alone/02-linear-regression") == true,
                "the compiler's error, from a build of this submission: \(report.parts.first?.message ?? "")")
        let buildFolder = GradingWorkspace(course: Self.root).folder.appendingPathComponent(".build-grading-alone")
        #expect(!FileManager.default.fileExists(atPath: buildFolder.path), "the submission's build folder is removed")
    }
}
