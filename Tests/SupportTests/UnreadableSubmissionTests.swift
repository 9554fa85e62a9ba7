import CourseGrading
import Foundation
import Testing

/// The course's root folder, found from this file's path.
private let courseRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// Submissions whose files cannot be graded as they stand: not UTF-8, a symbolic link out of
/// the submission, a FIFO, a file too large, a folder that is a link. Each is refused before
/// anything is built, naming the file and what is wrong, nothing outside it is read, and the
/// rest of the class is graded. None of these needs a build, so they run in every test run.
@Suite("Course tool: a submission that cannot be read is refused, named, and the class goes on")
struct UnreadableSubmissionTests {
    /// The graded file every case spoils.
    static let file = "02-linear-regression/LinearRegressionExercise.swift"

    /// The ways to spoil it, each with what the refusal must say.
    static let cases: [(name: String, says: String, spoil: @Sendable (URL) throws -> Void)] = [
        ("latin1", "is not UTF-8: byte", { url in
            var data = try Data(contentsOf: url)
            data.append(contentsOf: Array("// caf".utf8) + [0xE9] + Array("\n".utf8))
            try data.write(to: url)
        }),
        ("passwd-link", "is a symbolic link (to /etc/passwd)", { url in
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/etc/passwd")
        }),
        ("zero-link", "is a symbolic link (to /dev/zero)", { url in
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: "/dev/zero")
        }),
        ("fifo", "it is a FIFO (named pipe), not a regular file", { url in
            try FileManager.default.removeItem(at: url)
            #expect(mkfifo(url.path, 0o644) == 0)
        }),
        ("huge", "bytes, more than the 1024 KB an exercise file may have", { url in
            try Data(repeating: 0x20, count: SubmissionIntake.maximumBytes + 1).write(to: url)
        }),
        ("linked-folder", "02-linear-regression is a symbolic link (to", { url in
            let folder = url.deletingLastPathComponent()
            try FileManager.default.removeItem(at: folder)
            try FileManager.default.createSymbolicLink(atPath: folder.path,
                                                       withDestinationPath: courseRoot.appendingPathComponent("exercises/02-linear-regression").path)
        }),
    ]

    /// A copy of exercises/ named `name` in `folder`, spoiled by `spoil`.
    static func submission(_ name: String, in folder: URL, spoil: (URL) throws -> Void) throws -> URL {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: courseRoot.appendingPathComponent("exercises"), to: target)
        try spoil(target.appendingPathComponent(file))
        return target
    }

    @Test("each is refused before the build, naming the file and what is wrong", arguments: cases.indices)
    func refused(_ index: Int) throws {
        let (name, says, spoil) = Self.cases[index]
        let folder = try temporaryFolder("unreadable")
        defer { try? FileManager.default.removeItem(at: folder) }
        let submission = try Self.submission(name, in: folder, spoil: spoil)
        let start = ContinuousClock.now
        let report = try Grader(root: courseRoot).grade(submission, name: name)
        #expect(ContinuousClock.now - start < .seconds(30), "refused without building")
        #expect(!report.parts.isEmpty && report.parts.allSatisfy { $0.verdict == .refused })
        let message = report.parts.first?.message ?? ""
        #expect(message.contains("\(name)/\(Self.file) was not graded") && message.contains(says), "\(message)")
        #expect(!message.contains("root:x:0:0"), "nothing of a file outside the submission reaches the report")
    }

    @Test("the text read is checked byte by byte: the offset of the first byte that is not UTF-8")
    func utf8Offset() throws {
        let folder = try temporaryFolder("utf8")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("A.swift")
        try Data(Array("let é = 1 // ".utf8) + [0xC3, 0x28]).write(to: file)
        #expect(SubmissionIntake.read("A.swift", in: folder) == .failure(.notUTF8(offset: 14, byte: 0xC3)))
        try Data(Array("let é = 1\n".utf8)).write(to: file)
        #expect(SubmissionIntake.read("A.swift", in: folder) == .success("let é = 1\n"))
        #expect(SubmissionIntake.read("../A.swift", in: folder.appendingPathComponent("x")) == .failure(.outside))
    }

    /// The course tool itself, as an instructor runs it: three unreadable submissions between two
    /// empty ones, every one reported, the summary listing all five, and the run ending normally.
    @Test("`course grade` reports every submission of a class with unreadable ones in it")
    func classGoesOn() throws {
        let tool = try #require(builtExecutable("course"), "build the course tool first: swift build --build-tests")
        let folder = try temporaryFolder("class")
        defer { try? FileManager.default.removeItem(at: folder) }
        var submissions: [URL] = []
        for name in ["empty-a", "empty-b"] {
            let empty = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
            submissions.append(empty)
        }
        for index in [0, 1, 3] {
            submissions.insert(try Self.submission(Self.cases[index].name, in: folder, spoil: Self.cases[index].spoil), at: 1)
        }
        let output = folder.appendingPathComponent("grades")
        let result = try CommandRunner.run([tool.path, "grade"] + submissions.map(\.path) + ["--output", output.path, "--root", courseRoot.path],
                                           in: folder, seconds: 120)
        #expect(result.status == 0, "\(result.output)")
        let summary = try String(contentsOf: output.appendingPathComponent("summary.md"), encoding: .utf8)
        for submission in submissions {
            #expect(summary.contains("| \(submission.lastPathComponent) |"), "\(summary)")
        }
        #expect(!result.output.contains("NSCocoaErrorDomain"), "\(result.output)")
    }

    /// With its output going to a file, `course grade` writes each line as it prints it: a log
    /// of a long run shows where it is. The course graded here is one whose package manifest
    /// waits 30 seconds before it fails, so the grader's build of the learner's copy waits too,
    /// right after the grader said whom it grades; the line must be in the log by then. (The
    /// build the test leaves behind when it stops the grader ends by itself when the wait does.)
    @Test("`course grade`'s progress reaches a log file line by line")
    func lineBuffered() throws {
        let tool = try #require(builtExecutable("course"), "build the course tool first: swift build --build-tests")
        let folder = try temporaryFolder("buffered")
        let course = folder.appendingPathComponent("course")
        try FileManager.default.createDirectory(at: course, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: courseRoot.appendingPathComponent("exercises"), to: course.appendingPathComponent("exercises"))
        try """
            // swift-tools-version: 6.2
            import Foundation
            import PackageDescription
            Thread.sleep(forTimeInterval: 30)
            fatalError("a manifest that only waits")
            """.write(to: course.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        let submission = folder.appendingPathComponent("learner")
        try FileManager.default.copyItem(at: courseRoot.appendingPathComponent("exercises"), to: submission)
        let log = folder.appendingPathComponent("log.txt")
        #expect(FileManager.default.createFile(atPath: log.path, contents: nil))
        let process = Process()
        process.executableURL = tool
        process.arguments = ["grade", submission.path, "--root", course.path, "--output", folder.appendingPathComponent("grades").path]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: folder)
        }
        let start = ContinuousClock.now
        var text = ""
        while ContinuousClock.now - start < .seconds(20) {
            text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            if text.contains("Grading learner") { break }
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(process.isRunning, "the grader is still building, so what the log holds was written line by line")
        #expect(text.contains("Sandbox:") && text.contains("Grading learner …"), "the log holds: \(text.debugDescription)")
    }
}
