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

    @Test("by default a submission gets a build folder of its own, removed afterwards", .timeLimit(.minutes(15)))
    func ownBuildFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grading-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let correct = try Self.submission(in: folder, name: "alone", from: "solutions")
        let report = try Grader(root: Self.root, partTimeLimit: 30).grade(correct, name: "alone")
        #expect(report.passed == report.parts.count && report.parts.count >= 25)
        let buildFolder = Self.root.appendingPathComponent(".build-grading/submission-alone")
        #expect(!FileManager.default.fileExists(atPath: buildFolder.path), "the submission's build folder is removed")
    }
}
