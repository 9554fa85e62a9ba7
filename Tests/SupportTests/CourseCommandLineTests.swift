import CourseGrading
import Foundation
import Testing

/// The course's root folder, found from this file's path.
private let courseRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The `course` tool built beside this test binary, run as a user runs it, for its
/// messages and exit status.
private let courseTool = builtExecutable("course")

/// Each of these commands stops on what it was given, before it builds or writes anything,
/// so each takes a fraction of a second.
@Suite("Course tool: mistakes on the command line are named, and fail")
struct CourseCommandLineTests {
    /// Runs `course` with `arguments` in the course's root folder.
    static func course(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandOutput {
        let tool = try #require(courseTool, "build the course tool first: swift build --build-tests")
        return try CommandRunner.run([tool.path] + arguments, in: courseRoot, seconds: 60, environment: environment)
    }


    @Test("`course check -1`, `0` and `99` say which exercises there are, and build nothing")
    func exerciseNumber() throws {
        // The exercises there are: the numbered folders of exercises/.
        let folders = try FileManager.default.contentsOfDirectory(atPath: courseRoot.appendingPathComponent("exercises").path)
        let numbers = folders.compactMap { Int($0.prefix(2)) }.sorted()
        let last = try #require(numbers.last)
        for given in ["-1", "0", "99"] {
            let result = try Self.course(["check", given])
            #expect(result.status != 0)
            #expect(result.output.contains("Error: there is no exercise \(given); the exercise number must be between 1 and \(last): "
                                           + "the exercises in exercises/ are " + numbers.map(String.init).joined(separator: ", ")),
                    "\(result.output)")
            #expect(!result.output.contains("Building"))
        }
        let valid = try Self.course(["check", "1", "--timeout", "0"])
        #expect(valid.status != 0 && valid.output.contains("--timeout must be a positive number of seconds")
                && !valid.output.contains("no exercise"), "a valid number still reaches the other checks: \(valid.output)")
    }

    @Test("`course grade` of two folders with the same name names both and grades nothing")
    func gradeNameClash() throws {
        let folder = try temporaryFolder("command-line")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a/alice").path, second = folder.appendingPathComponent("b/alice").path
        for path in [first, second] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        let grades = folder.appendingPathComponent("grades")
        let result = try Self.course(["grade", first, second, "--output", grades.path])
        #expect(result.status != 0)
        #expect(result.output.contains("Error: \(first) and \(second) have the same name, alice"), "\(result.output)")
        #expect(result.output.contains("Nothing was graded."))
        #expect(!result.output.contains("Sandbox:") && !FileManager.default.fileExists(atPath: grades.path))
    }

    @Test("`course grade` and `course diff --submission` of a folder that is not there say so, before any work")
    func missingFolder() throws {
        let missing = "/nonexistent-\(UUID().uuidString)"
        let folder = try temporaryFolder("command-line")
        defer { try? FileManager.default.removeItem(at: folder) }
        let grade = try Self.course(["grade", folder.path, missing, "--output", folder.appendingPathComponent("grades").path])
        #expect(grade.status != 0)
        #expect(grade.output.contains("Error: no such folder: \(missing)\nNothing was graded."), "\(grade.output)")
        #expect(!grade.output.contains("Sandbox:") && !grade.output.contains("Grading"))
        let diff = try Self.course(["diff", "2", "--submission", missing])
        #expect(diff.status != 0)
        #expect(diff.output.hasPrefix("Error: no such folder: \(missing)\n"), "\(diff.output)")
        #expect(!diff.output.contains("missing"))
    }

    @Test("`course release` into a folder inside the course names both and writes nothing",
          .enabled(if: FileManager.default.fileExists(atPath: courseRoot.appendingPathComponent("solutions").path)))
    func releaseInside() throws {
        let inside = courseRoot.appendingPathComponent("release-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: inside) }
        let result = try Self.course(["release", inside.path])
        #expect(result.status != 0)
        #expect(result.output.contains("error: \(inside.path) is inside the course folder \(courseRoot.standardizedFileURL.path)"),
                "\(result.output)")
        #expect(!FileManager.default.fileExists(atPath: inside.path))
    }

    @Test("`course check` wants a number or --all, not both nor neither, and a --json file it can write, before any build")
    func checkAllAndJSON() throws {
        let folder = try temporaryFolder("command-line")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let cases: [(arguments: [String], expected: String)] = [
            (["check"], "Error: give an exercise number, as in 2, or --all for every exercise"),
            (["check", "2", "--all"], "Error: give an exercise number or --all, not both (got 2 and --all)"),
            (["check", "--all", "--json", folder.path + "/"], "names a folder (it ends in /); name a file in it instead, such as "
                                                             + folder.path + "/report.json"),
            (["check", "--all", "--json", file.path + "/report.json"], "Error: --json " + file.path),
        ]
        for (arguments, expected) in cases {
            let result = try Self.course(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.output.contains(expected), "\(arguments): \(result.output)")
            #expect(!result.output.contains("Building"), "\(arguments): \(result.output)")
        }
    }

    @Test("`course grade --merge` writes the class's summary and grades from the shards' folders; a folder without a summary, or an output that has one, is refused")
    func gradeMerge() throws {
        let folder = try temporaryFolder("command-line")
        defer { try? FileManager.default.removeItem(at: folder) }
        let reports = (0..<4).map { index in
            SubmissionReport(submission: "learner-\(index)", parts: [
                PartResult(part: "2.1", title: "mean squared error", verdict: index % 2 == 0 ? .passed : .failing),
            ], notes: [])
        }
        let encoder = JSONEncoder()
        for (shard, range) in [("shard-a", 0..<2), ("shard-b", 2..<4)] {
            let directory = folder.appendingPathComponent(shard)
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try encoder.encode(Array(reports[range])).write(to: directory.appendingPathComponent("summary.json"))
        }
        let output = folder.appendingPathComponent("class").path
        let merged = try Self.course(["grade", "--merge", folder.path + "/shard-a", folder.path + "/shard-b", "--output", output])
        #expect(merged.status == 0 && merged.output.contains("4 submissions from 2 of 2 shard folders merged"), "\(merged.output)")
        #expect(try String(contentsOfFile: output + "/grades.csv", encoding: .utf8)
                == "submission,passed,parts,2.1\r\nlearner-0,1,1,1\r\nlearner-1,0,1,0\r\nlearner-2,1,1,1\r\nlearner-3,0,1,0\r\n")
        #expect(try String(contentsOfFile: output + "/summary.md", encoding: .utf8) == Grader.summaryMarkdown(reports))
        let again = try Self.course(["grade", "--merge", folder.path + "/shard-a", "--output", output])
        #expect(again.status != 0 && again.output.contains("\(output) holds a summary.json already"), "\(again.output)")
        let empty = try Self.course(["grade", "--merge", folder.path, "--output", folder.path + "/other"])
        #expect(empty.status != 0 && empty.output.contains("\(folder.path) holds no summary.json"), "\(empty.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/other"))
    }

    @Test("A path the course tool cannot use is named with what is wrong with it, in words, before any build")
    func unusablePaths() throws {
        let folder = try temporaryFolder("command-line")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty.appendingPathComponent("chapters/03-classification"),
                                                withIntermediateDirectories: true)
        // A learner's copy of exercise 2 whose file is there but not UTF-8.
        let submission = folder.appendingPathComponent("submission")
        let exerciseFile = try #require(FileManager.default.contentsOfDirectory(
            atPath: courseRoot.appendingPathComponent("exercises/02-linear-regression").path).first { $0.hasSuffix(".swift") })
        try FileManager.default.createDirectory(at: submission.appendingPathComponent("02-linear-regression"),
                                                withIntermediateDirectories: true)
        try (Data("// caf".utf8) + [0xE9]).write(to: submission.appendingPathComponent("02-linear-regression/" + exerciseFile))
        var cases: [(arguments: [String], expected: String)] = [
            (["grade", empty.path, "--output", file.path + "/grades"],
             "Error: --output: cannot make the folder \(file.path)/grades (\(file.path)/grades: Not a directory). Nothing was graded."),
            (["plots", "3", "--root", empty.path], "Error: \(empty.path)/plots is not a folder: the chapters write their plots there"),
            (["list", "--root", empty.path], "Error: \(empty.path)/exercises holds no exercise parts: run this in the course's root folder"),
        ]
        // diff and release need solutions/, which a learner edition does not have.
        if FileManager.default.fileExists(atPath: courseRoot.appendingPathComponent("solutions").path) {
            cases.append((["diff", "2", "--submission", submission.path],
                          "\(exerciseFile) cannot be compared: it is not UTF-8: byte 6 is 0xE9; save the file as UTF-8"))
            cases.append((["release", file.path + "/edition"],
                          "error: cannot write the learner edition to \(file.path)/edition: \(file.path)/edition: Not a directory"))
        }
        for (arguments, expected) in cases {
            let result = try Self.course(arguments)
            #expect(result.output.contains(expected), "\(arguments): \(result.output)")
            #expect(!result.output.contains("NSCocoaErrorDomain") && !result.output.contains("Building")
                    && !result.output.contains("Sandbox:"), "\(arguments): \(result.output)")
            if arguments[0] != "diff" { #expect(result.status != 0, "\(arguments)") }
        }
    }

    @Test("`course plots 99` says which chapters there are")
    func plotsChapter() throws {
        let result = try Self.course(["plots", "99"])
        #expect(result.status != 0)
        #expect(result.output.contains("Error: there is no chapter 99; the chapters are 1 (01-perceptron), "
                                       + "2 (02-linear-regression), 3 (03-classification), 4 (04-backpropagation), 5 (05-training)"),
                "\(result.output)")
    }

    @Test("`course plots 3` without gnuplot on PATH says once which package to install, and fails")
    func plotsWithoutGnuplot() throws {
        // A PATH with nothing but `timeout`, which the runner starts the tool with.
        let bin = try temporaryFolder("command-line")
        defer { try? FileManager.default.removeItem(at: bin) }
        let timeout = try #require((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("timeout") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) })
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("timeout"), withDestinationURL: timeout)
        let result = try Self.course(["plots", "3"], environment: ["PATH": bin.path])
        #expect(result.status != 0)
        #expect(result.output == "error: gnuplot is missing (it is not on PATH): install the Debian package gnuplot-nox "
                + "(sudo apt-get install gnuplot-nox), then run `swift run course plots 3` again.\n")
    }
}
