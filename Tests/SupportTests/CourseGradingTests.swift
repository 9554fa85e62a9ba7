import CourseGrading
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("Course tool: reading the test event record")
struct TestEventParserTests {
    /// A test's record in Swift Testing's event stream (version 0), with the fields it writes.
    static func test(_ function: String, _ displayName: String, suite: String = "ExerciseTests.Exercise2") -> String {
        #"{"kind":"test","payload":{"displayName":"\#(displayName)","id":"\#(suite)/\#(function)/Exercise2Tests.swift:7:6","# +
            #""isParameterized":false,"kind":"function","name":"\#(function)"},"version":0}"#
    }

    /// An event of `kind` for the test `function`, at `time` seconds, with an issue's texts.
    static func event(_ kind: String, _ function: String, at time: Double, comments: [String]? = nil, fail: String? = nil,
                      known: Bool = false, suite: String = "ExerciseTests.Exercise2") -> String {
        var payload = #""instant":{"absolute":\#(time),"since1970":1796125040.99},"kind":"\#(kind)","# +
            #""testID":"\#(suite)/\#(function)/Exercise2Tests.swift:7:6""#
        if let comments {
            let quoted = comments.map { "\"\($0)\"" }.joined(separator: ",")
            payload += #","_comments":[\#(quoted)],"issue":{"isKnown":\#(known)},"messages":[{"symbol":"fail","text":"\#(fail ?? "Issue recorded")"}]"#
        }
        return #"{"kind":"event","payload":{\#(payload)},"version":0}"#
    }

    /// Five parts: not implemented, wrong, crashed, passed, timed out; and one that never ended.
    static let record = [
        test("meanSquaredError()", "2.1 mean squared error"), test("gradient()", "2.2 gradient of the mean squared error"),
        test("normalEquations()", "2.3 normal equations"), test("ridgeGradient()", "2.4 ridge gradient"),
        test("miniBatchEpoch()", "2.5 an epoch of mini-batch gradient descent"),
        test("finiteDifferences()", "2.6 a finite-difference gradient"),
        event("testStarted", "meanSquaredError()", at: 1),
        event("issueRecorded", "meanSquaredError()", at: 1.05, comments: ["Exercise 2.1 is not implemented yet: fill in meanSquaredError"]),
        event("testEnded", "meanSquaredError()", at: 1.1),
        event("testStarted", "gradient()", at: 1),
        event("issueRecorded", "gradient()", at: 1.2, comments: ["Exercise 2.2, meanSquaredErrorGradient: ∂L/∂w differs. It is exactly n = 9 times the expected value"]),
        event("testEnded", "gradient()", at: 1.25),
        event("testStarted", "normalEquations()", at: 1),
        event("issueRecorded", "normalEquations()", at: 1.3, comments: [], fail: "Expectation failed: .success → .signal(SIGILL → 4)"),
        event("issueRecorded", "normalEquations()", at: 1.3, comments: ["Exercise 2.3 crashed: Fatal error: Index out of range."]),
        event("testEnded", "normalEquations()", at: 1.4),
        event("testStarted", "ridgeGradient()", at: 2),
        // A note beside the verdict, as Swift Testing writes `Attachment.record("…", named: "note.txt")`:
        // "yours 6.6 GFLOP/s" in base 64; and an attachment of another name, which is not a note.
        #"{"kind":"event","payload":{"attachment":{"_bytes":"eW91cnMgNi42IEdGTE9QL3M=","_preferredName":"note.txt"},"# +
            #""instant":{"absolute":2.05,"since1970":1796125040.99},"kind":"valueAttached","# +
            #""testID":"ExerciseTests.Exercise2/ridgeGradient()/Exercise2Tests.swift:7:6"},"version":0}"#,
        #"{"kind":"event","payload":{"attachment":{"_bytes":"b3RoZXI=","_preferredName":"other.txt"},"# +
            #""instant":{"absolute":2.06,"since1970":1796125040.99},"kind":"valueAttached","# +
            #""testID":"ExerciseTests.Exercise2/ridgeGradient()/Exercise2Tests.swift:7:6"},"version":0}"#,
        event("testEnded", "ridgeGradient()", at: 2.081),
        event("testStarted", "miniBatchEpoch()", at: 1),
        event("issueRecorded", "miniBatchEpoch()", at: 6, comments: [], fail: "Expectation failed: .success → .exitCode(124)"),
        event("issueRecorded", "miniBatchEpoch()", at: 6, comments: ["Exercise 2.5 did not finish within 5 s and was stopped"]),
        event("testEnded", "miniBatchEpoch()", at: 6.2),
        event("testStarted", "finiteDifferences()", at: 1),
    ].joined(separator: "\n")

    @Test("each part gets its verdict, its first real message and its time")
    func verdicts() throws {
        let results = TestEventParser.parse(Self.record)
        #expect(results.count == 6)
        #expect(results["2.1"]?.verdict == .notStarted)
        #expect(results["2.1"]?.message?.hasPrefix("Exercise 2.1 is not implemented yet") == true)
        #expect(results["2.2"]?.verdict == .failing)
        #expect(results["2.2"]?.message?.contains("n = 9 times") == true)
        #expect(results["2.3"]?.verdict == .crashed)
        #expect(results["2.3"]?.message?.contains("Index out of range") == true)
        #expect(results["2.4"]?.verdict == .passed && results["2.4"]?.message == nil)
        #expect(abs((results["2.4"]?.seconds ?? 0) - 0.081) < 1e-9)
        #expect(results["2.4"]?.title == "ridge gradient")
        #expect(results["2.4"]?.note == "yours 6.6 GFLOP/s", "the note attached beside a passing verdict")
        #expect(results["2.2"]?.note == nil)
        #expect(results["2.5"]?.verdict == .timedOut)
        #expect(results["2.6"]?.verdict == .crashed, "a part whose test never ended did not pass")
    }

    @Test("a known issue does not fail a part; a test outside the course's suites and a malformed line are ignored")
    func ignores() {
        let record = [
            Self.test("ridgeGradient()", "2.4 ridge gradient"),
            Self.event("testStarted", "ridgeGradient()", at: 1),
            Self.event("issueRecorded", "ridgeGradient()", at: 1.1, comments: ["expected"], known: true),
            Self.event("testEnded", "ridgeGradient()", at: 1.2),
            // A suite a submission declared, named like the course's, inside its own module.
            Self.test("evil()", "2.1 mean squared error", suite: "LinearRegressionExercises.ExerciseTests.Exercise2"),
            Self.event("testStarted", "evil()", at: 1, suite: "LinearRegressionExercises.ExerciseTests.Exercise2"),
            Self.event("testEnded", "evil()", at: 1.1, suite: "LinearRegressionExercises.ExerciseTests.Exercise2"),
            "✔ Test \"2.1 mean squared error\" passed after 0.001 seconds.",
        ].joined(separator: "\n")
        let results = TestEventParser.parse(record)
        #expect(results["2.4"]?.verdict == .passed)
        #expect(results["2.1"] == nil)
        #expect(TestEventParser.parse("").isEmpty)
    }
}

@Suite("Course tool: catalogue, diff and runner")
struct CourseToolPieceTests {
    @Test("the catalogue reads part headers from a learner's folder, in order")
    func catalogue() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("02-x"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        func a() {
            // EXERCISE 2.10: tenth
            // Formula: x
        }
        func b() {
            // EXERCISE 2.2: second
        }
        """.write(to: folder.appendingPathComponent("02-x/A.swift"), atomically: true, encoding: .utf8)
        let parts = try ExerciseCatalog.parts(in: folder)
        #expect(parts.map(\.id) == ["2.2", "2.10"])
        #expect(parts[0].title == "second" && parts[0].file == "02-x/A.swift" && parts[0].line == 6)
    }

    @Test("the learner's region runs from after the header to the end of the function")
    func region() {
        let text = """
        public static func f(x: Int) -> Int {
            // EXERCISE 1.1: f
            // Formula: x + 1
            // Your code goes here, in place of the placeholder below.
            if x > 0 { return x + 1 }
            return 1
        }
        func g() {}
        """
        #expect(PartDiff.learnerRegion(part: "1.1", in: text) == ["    if x > 0 { return x + 1 }", "    return 1"])
        #expect(PartDiff.learnerRegion(part: "1.2", in: text) == nil)
    }

    @Test("diffs ignore white space and show real changes")
    func diff() throws {
        let same = try PartDiff.unifiedDiff(solution: ["return a + b"], learner: ["    return a  +  b"],
                                            solutionLabel: "solution", learnerLabel: "learner")
        #expect(same.isEmpty)
        let changed = try PartDiff.unifiedDiff(solution: ["return a + b"], learner: ["return a - b"],
                                               solutionLabel: "solution 1.1", learnerLabel: "learner 1.1")
        #expect(changed.contains("-return a + b") && changed.contains("+return a - b") && changed.contains("solution 1.1"))
    }

    @Test("the runner stops a command at its time limit and says so")
    func timeLimit() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let result = try CommandRunner.run(["sleep", "30"], in: FileManager.default.temporaryDirectory, seconds: 1)
        #expect(result.timedOut)
        #expect(clock.now - start < .seconds(25))
        let quick = try CommandRunner.run(["echo", "hello"], in: FileManager.default.temporaryDirectory, seconds: 10)
        #expect(quick.status == 0 && quick.output == "hello\n")
    }
}

@Suite("Course tool: what a command is given, checked before any work")
struct CourseArgumentTests {
    @Test("an exercise number must name an exercise there is; the message lists them")
    func exerciseNumber() {
        let exercises = [1, 2, 2, 3]   // the chapters of four parts, two of exercise 2
        #expect(ExerciseCatalog.exerciseNumberProblem(["2"], exercises: exercises, folder: "exercises/") == nil)
        for given in ["-1", "0", "99", "two"] {
            #expect(ExerciseCatalog.exerciseNumberProblem([given], exercises: exercises, folder: "exercises/")
                    == "there is no exercise \(given); the exercise number must be between 1 and 3: "
                    + "the exercises in exercises/ are 1, 2, 3")
        }
        #expect(ExerciseCatalog.exerciseNumberProblem([], exercises: exercises, folder: "exercises/") == "give an exercise number, as in 2")
        #expect(ExerciseCatalog.exerciseNumberProblem(["2", "--verbose"], exercises: exercises, folder: "exercises/")
                == "give one exercise number, as in 2, not 2 --verbose")
        #expect(ExerciseCatalog.exerciseNumberProblem(["2"], exercises: [], folder: "exercises/")?
            .hasPrefix("exercises/ holds no exercise parts") == true)
    }

    @Test("submission folders that are missing, are files, or share a name are each named")
    func submissionFolders() throws {
        let folder = try temporaryFolder("arguments")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a/alice").path, second = folder.appendingPathComponent("b/alice").path
        let bob = folder.appendingPathComponent("bob").path, file = folder.appendingPathComponent("carol.swift").path
        for path in [first, second, bob] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        try "// a file".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(SubmissionFolders.problems([first, bob]).isEmpty)
        #expect(SubmissionFolders.problems([first, "/nonexistent", file, second + "/"]) == [
            "no such folder: /nonexistent",
            "not a folder: \(file)",
            "\(first) and \(second)/ have the same name, alice, so one's report (alice.md, alice.json) would overwrite "
                + "the other's: rename one of them",
        ])
        // A case-insensitive disk would see Bob and bob as one file; summary.md is the class's.
        let upperBob = folder.appendingPathComponent("c/Bob").path, summary = folder.appendingPathComponent("summary").path
        for path in [upperBob, summary] { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        #expect(SubmissionFolders.problems([bob, upperBob, summary]) == [
            "\(bob) and \(upperBob) have the same name, Bob, so one's report (Bob.md, Bob.json) would overwrite "
                + "the other's: rename one of them",
            "\(summary) is named summary, like the class's summary (summary.md, summary.json), which would overwrite "
                + "its report: rename it",
        ])
    }

    @Test("a chapter number must name one of chapters/' folders; the message lists them")
    func chapterNumber() throws {
        let chapters = try temporaryFolder("arguments")
        defer { try? FileManager.default.removeItem(at: chapters) }
        for name in ["01-perceptron", "02-linear-regression", "notes"] {
            try FileManager.default.createDirectory(at: chapters.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        #expect(PlotRenderer.chapterProblem(2, chaptersDirectory: chapters) == nil)
        #expect(PlotRenderer.chapterProblem(99, chaptersDirectory: chapters)
                == "there is no chapter 99; the chapters are 1 (01-perceptron), 2 (02-linear-regression)")
        #expect(PlotRenderer.chapterProblem(1, chaptersDirectory: chapters.appendingPathComponent("missing"))?
            .contains("holds no chapter folders") == true)
    }

    @Test("gnuplot is looked for in the folders of the PATH given, and only there")
    func findsGnuplot() throws {
        let empty = try temporaryFolder("arguments"), bin = try temporaryFolder("arguments")
        defer { for folder in [empty, bin] { try? FileManager.default.removeItem(at: folder) } }
        let gnuplot = bin.appendingPathComponent("gnuplot")
        try "#!/bin/sh\n".write(to: gnuplot, atomically: true, encoding: .utf8)
        #expect(PlotRenderer.gnuplot(searchPath: empty.path) == nil)
        #expect(PlotRenderer.gnuplot(searchPath: bin.path) == nil, "a file that is not executable is not gnuplot")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: gnuplot.path)
        #expect(PlotRenderer.gnuplot(searchPath: "\(empty.path):\(bin.path)")?.path == gnuplot.path)
        #expect(PlotRenderer.gnuplot(searchPath: "") == nil)
    }
}

@Suite("Course tool: the JSON report")
struct ReportSchemaTests {
    @Test("a report is the README's schema: submission, notes, and per part its id, title and verdict in words, the rest only when said")
    func schema() throws {
        let report = SubmissionReport(submission: "alice", parts: [
            PartResult(part: "2.1", title: "mean squared error", verdict: .passed, seconds: 0.5),
            PartResult(part: "2.2", title: "gradient", verdict: .notStarted, message: "not implemented yet"),
            PartResult(part: "10.1", title: "blocked product", verdict: .timedOut, note: "1.2 GFLOP/s"),
        ], notes: ["extra files, not graded: Extra.swift"])
        let json = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        #expect(Set(json.keys) == ["submission", "notes", "parts"])
        #expect(json["submission"] as? String == "alice")
        #expect(json["notes"] as? [String] == ["extra files, not graded: Extra.swift"])
        let parts = try #require(json["parts"] as? [[String: Any]])
        #expect(parts.map { Set($0.keys) } == [["part", "title", "verdict", "seconds"], ["part", "title", "verdict", "message"],
                                               ["part", "title", "verdict", "note"]])
        #expect(parts.map { $0["verdict"] as? String } == ["passed", "not started", "timed out"])
        #expect(parts[0]["seconds"] as? Double == 0.5)
        // Every verdict is written as the words the README lists.
        #expect(Verdict.allCases.map(\.rawValue) == ["passed", "not started", "failing", "crashed", "timed out", "did not run",
                                                     "does not compile", "empty submission", "refused"])
        // Read back, it is the same report.
        let decoded = try JSONDecoder().decode(SubmissionReport.self, from: report.jsonData())
        #expect(decoded.parts == report.parts && decoded.notes == report.notes && decoded.submission == "alice")
    }
}

/// Counts what an XML document holds, by element name, with each failure's message and text.
private final class XMLCounter: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:], failures: [(message: String, text: String)] = [], caseNames: [String] = []
    private var inFailure = false

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements[name, default: 0] += 1
        if name == "testcase" { caseNames.append(attributes["name"] ?? "") }
        if name == "failure" { failures.append((attributes["message"] ?? "", "")); inFailure = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inFailure { failures[failures.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "failure" { inFailure = false }
    }
}

@Suite("Course tool: a report as a CI service shows it")
struct ReportFormatTests {
    static let report = SubmissionReport(submission: "alice & bob", parts: [
        PartResult(part: "2.1", title: "mean squared error", verdict: .passed, seconds: 0.5),
        PartResult(part: "2.2", title: "gradient", verdict: .failing, message: "∂L/∂w differs: 54 < 6 | \"x\" & y\nsecond line\u{1}"),
        PartResult(part: "2.3", title: "normal equations", verdict: .notStarted, message: "not implemented yet"),
        PartResult(part: "10.1", title: "blocked product", verdict: .crashed, message: "Fatal error"),
    ], notes: [])

    @Test("JUnit XML: a suite per exercise in order, a case per part, not started skipped, other verdicts failures with the message escaped")
    func junit() throws {
        let xml = Self.report.junitXML
        let counter = XMLCounter()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
        #expect(counter.elements["testsuites"] == 1 && counter.elements["testsuite"] == 2 && counter.elements["testcase"] == 4)
        #expect(counter.elements["skipped"] == 1)
        #expect(counter.caseNames == ["2.1 mean squared error", "2.2 gradient", "2.3 normal equations", "10.1 blocked product"])
        #expect(counter.failures.map(\.message) == ["failing", "crashed"])
        #expect(counter.failures.first?.text == "∂L/∂w differs: 54 < 6 | \"x\" & y\nsecond line", "the control character left out")
        #expect(xml.contains(#"<testsuites name="alice &amp; bob" tests="4" failures="2" skipped="1">"#), "\(xml)")
    }

    @Test("Markdown: the count, then a row per part with its verdict and the first line of its message, pipes escaped")
    func markdown() {
        let lines = Self.report.summaryMarkdown.split(separator: "\n").map(String.init)
        #expect(lines.first == "### 1 of 4 exercise parts pass")
        #expect(lines.filter { $0.hasPrefix("| ") }.count == 2 + 4)
        #expect(lines.contains(#"| 2.2 gradient | ✘ failing | ∂L/∂w differs: 54 < 6 \| "x" & y |"#), "\(lines)")
        #expect(!lines.contains { $0.contains("second line") })
    }
}

@Suite("Course tool: a class graded in shards, merged")
struct ClassMergeTests {
    /// Fifteen submissions of three parts with verdicts that differ from one to the next, one
    /// not graded at all (no parts), and names that need quoting in CSV.
    static let reports: [SubmissionReport] = (0..<15).map { index in
        let verdicts: [Verdict] = [.passed, .failing, .notStarted, .crashed, .timedOut]
        let parts = index == 7 ? [] : ["2.1", "2.2", "2.3"].enumerated().map { offset, id in
            PartResult(part: id, title: "part \(id)", verdict: verdicts[(index + offset) % verdicts.count], seconds: Double(index))
        }
        return SubmissionReport(submission: index == 3 ? "o'brien, \"sean\"" : "learner-\(index)", parts: parts,
                                notes: index == 7 ? ["not graded: a symbolic link"] : [])
    }

    @Test("fifteen submissions merged from three shards give the summary, JSON and grades of the class graded whole")
    func mergeEqualsWhole() throws {
        let shards = [(name: "shard-1", reports: Array(Self.reports[0..<5])), (name: "shard-2", reports: Array(Self.reports[5..<10])),
                      (name: "shard-3", reports: Array(Self.reports[10..<15]))]
        let merged = try ClassMerge.merge(shards)
        #expect(Grader.summaryMarkdown(merged) == Grader.summaryMarkdown(Self.reports))
        #expect(ClassMerge.gradesCSV(merged) == ClassMerge.gradesCSV(Self.reports))
        #expect(try merged.map { try $0.jsonData() } == Self.reports.map { try $0.jsonData() })
    }

    @Test("grades.csv: a header of the parts, a row per submission with 1 or 0 per part, names quoted as RFC 4180 asks")
    func csv() {
        let rows = ClassMerge.gradesCSV(Array(Self.reports[0..<8])).components(separatedBy: "\r\n")
        #expect(rows[0] == "submission,passed,parts,2.1,2.2,2.3")
        #expect(rows[1] == "learner-0,1,3,1,0,0")
        #expect(rows[4] == #""o'brien, ""sean""",1,3,0,0,1"#, "crashed, timed out, passed")
        #expect(rows[8] == "learner-7,0,3,0,0,0", "a submission not graded scores nothing")
        #expect(rows.count == 10 && rows[9].isEmpty)
    }

    @Test("a submission in two shards, or shards graded on different parts, stop the merge, naming them")
    func refusals() {
        #expect { try ClassMerge.merge([("a", [Self.reports[0]]), ("b", [Self.reports[0]])]) } throws: {
            "\($0)".contains("learner-0 is in two shards, a and b")
        }
        let other = SubmissionReport(submission: "x", parts: [PartResult(part: "3.1", title: "t", verdict: .passed)], notes: [])
        #expect { try ClassMerge.merge([("a", [Self.reports[0]]), ("b", [other])]) } throws: {
            "\($0)".contains("x in b was graded on the parts 3.1, the class on 2.1, 2.2, 2.3")
        }
    }
}

@Suite("Course tool: hints for a learner edition")
struct CourseHintTests {
    @Test("a hint may name a function but not quote a solution line")
    func leaks() {
        let solution = ["        let residual = matmul(inputs, weights) + bias - targets", "        return x"]
        #expect(PartHint.leakedLines(hint: "use `matmul(X, w)`, then subtract", solution: solution).isEmpty)
        #expect(PartHint.leakedLines(hint: "write let residual = matmul(inputs, weights) + bias - targets",
                                     solution: solution).count == 1)
        #expect(PartHint.leakedLines(hint: "return x", solution: solution).isEmpty, "a trivial line is no leak")
    }

    @Test("hints round-trip through exercises/hints.json")
    func storage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try PartHint.load(from: folder) == nil)
        let hints = [PartHint(part: "1.1", title: "t", formula: "f", shapes: "s", hint: "h")]
        try JSONEncoder().encode(hints).write(to: folder.appendingPathComponent(PartHint.fileName))
        #expect(try PartHint.load(from: folder) == hints)
    }
}

@Suite("Course tool: the learner edition")
struct LearnerEditionTests {
    /// A tiny course folder with solutions/, exercises/ and a build folder.
    static func course(in folder: URL) throws -> URL {
        let root = folder.appendingPathComponent("course")
        for (path, text) in ["Package.swift": "// package", "exercises/01-a/A.swift": "// stub",
                             "solutions/01-a/A.swift": "// solution", ".build/debug/x": "binary",
                             "learner-ci/github-course.yml": "name: course", "learner-ci/gitlab-ci.yml": "course:",
                             ".github/workflows/grade-class.yml": "name: grade-class", ".gitlab-ci.yml": "plan:",
                             "instructor-ci/gitlab-grade-shards.yml": "grade:"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test("the edition has no solutions/, no build folder and no class grading, keeps the hints, and puts the learner's CI set-ups where GitHub and GitLab read them")
    func writes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Self.course(in: folder)
        let target = folder.appendingPathComponent("release")
        let hints = [PartHint(part: "1.1", title: "t", formula: "f", shapes: "s", hint: "start from the stub")]
        let count = try LearnerEdition.write(from: root, to: target, hints: hints, solutions: ["1.1": ["// solution"]])
        #expect(count == 4)
        let manager = FileManager.default
        // The CI set-ups where GitHub and GitLab look for them, and nowhere else.
        #expect(try String(contentsOf: target.appendingPathComponent(".github/workflows/course.yml"), encoding: .utf8) == "name: course")
        #expect(try String(contentsOf: target.appendingPathComponent(".gitlab-ci.yml"), encoding: .utf8) == "course:")
        #expect(!manager.fileExists(atPath: target.appendingPathComponent("learner-ci").path))
        // The instructor's class grading stays with the course.
        #expect(!manager.fileExists(atPath: target.appendingPathComponent(".github/workflows/grade-class.yml").path))
        #expect(!manager.fileExists(atPath: target.appendingPathComponent("instructor-ci").path))
        #expect(manager.fileExists(atPath: target.appendingPathComponent("exercises/01-a/A.swift").path))
        #expect(!manager.fileExists(atPath: target.appendingPathComponent("solutions").path))
        #expect(!manager.fileExists(atPath: target.appendingPathComponent(".build").path))
        #expect(try PartHint.load(from: target.appendingPathComponent("exercises")) == hints)
        #expect(throws: LearnerEdition.Problem.self) {
            try LearnerEdition.write(from: root, to: target, hints: hints, solutions: [:])
        }
    }

    @Test("a release folder inside the course is refused, naming both, before anything is written")
    func refusesInside() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Self.course(in: folder)
        for inside in [root.appendingPathComponent("releases/first"), root.appendingPathComponent("../course/release"), root] {
            #expect {
                try LearnerEdition.write(from: root, to: inside, hints: [], solutions: [:])
            } throws: { "\($0)".contains("\(inside.path) is inside the course folder \(root.path)") }
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("releases").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("release").path))
        // Beside the course, with a name that merely starts like the course's, is outside it.
        let beside = folder.appendingPathComponent("course-release")
        #expect(try LearnerEdition.write(from: root, to: beside, hints: [], solutions: [:]) == 4)
    }

    @Test("in a git checkout only the files git tracks are released, with the hints",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
    func tracksOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Self.course(in: folder)
        #expect(try CommandRunner.run(["git", "init", "-q"], in: root, seconds: 30).status == 0)
        #expect(try CommandRunner.run(["git", "add", "Package.swift", "exercises", "solutions"], in: root, seconds: 30).status == 0)
        // Neither tracked nor ignored: an earlier release and a note left in the course folder.
        for path in ["old-release/Package.swift", "notes.txt"] {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try "untracked".write(to: url, atomically: true, encoding: .utf8)
        }
        let target = folder.appendingPathComponent("release")
        let hints = [PartHint(part: "1.1", title: "t", formula: "f", shapes: "s", hint: "start from the stub")]
        #expect(try LearnerEdition.write(from: root, to: target, hints: hints, solutions: [:]) == 2)
        let shipped = FileManager.default.enumerator(atPath: target.path)?.allObjects as? [String] ?? []
        #expect(Set(shipped) == ["Package.swift", "exercises", "exercises/01-a", "exercises/01-a/A.swift",
                                 "exercises/\(PartHint.fileName)"])
    }

    @Test("a git checkout whose files git cannot list is not released at all: nothing untracked ships")
    func refusesUnlistedCheckout() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Self.course(in: folder)
        // A .git that git cannot read, as when git is missing or distrusts the folder's owner.
        try "gitdir: /nonexistent\n".write(to: root.appendingPathComponent(".git"), atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("release")
        #expect {
            try LearnerEdition.write(from: root, to: target, hints: [], solutions: [:])
        } throws: { "\($0)".contains("is a git checkout, but `git ls-files` did not list its files") }
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    @Test("a hint that quotes its solution stops the release")
    func refusesLeaks() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("edition-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let root = try Self.course(in: folder)
        let line = "return (predictions - targets).squared().mean()"
        let hints = [PartHint(part: "2.1", title: "t", formula: "f", shapes: "s", hint: "just write \(line)")]
        #expect {
            try LearnerEdition.write(from: root, to: folder.appendingPathComponent("release"), hints: hints,
                                     solutions: ["2.1": ["        " + line]])
        } throws: { "\($0)".contains("2.1") }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("release").path))
    }
}

@Suite("Course tool: re-rendering plots", .enabled(if: FileManager.default.fileExists(atPath: "/usr/bin/gnuplot")))
struct PlotRendererTests {
    @Test("every script of the chosen chapters is rendered in the chosen format, and failures are named")
    func renders() throws {
        let plots = FileManager.default.temporaryDirectory.appendingPathComponent("plots-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: plots) }
        for chapter in ["01-a", "02-b"] {
            try FileManager.default.createDirectory(at: plots.appendingPathComponent(chapter), withIntermediateDirectories: true)
        }
        let script = "set terminal svg\nset output 'line.' . format\nplot x\n"
        try script.write(to: plots.appendingPathComponent("01-a/line.gp"), atomically: true, encoding: .utf8)
        try script.write(to: plots.appendingPathComponent("02-b/line.gp"), atomically: true, encoding: .utf8)
        try "plot nonsense(x\n".write(to: plots.appendingPathComponent("02-b/broken.gp"), atomically: true, encoding: .utf8)

        let gnuplot = URL(fileURLWithPath: "/usr/bin/gnuplot")
        let first = try PlotRenderer.render(plotsDirectory: plots, chapterPrefix: "01-", format: "svg", gnuplot: gnuplot)
        #expect(first.rendered == ["01-a/line.gp"] && first.failed.isEmpty)
        #expect(FileManager.default.fileExists(atPath: plots.appendingPathComponent("01-a/line.svg").path))
        let all = try PlotRenderer.render(plotsDirectory: plots, format: "svg", gnuplot: gnuplot)
        #expect(all.rendered.count == 2 && all.failed.map(\.0) == ["02-b/broken.gp"])
    }
}

@Suite("Course tool: screening submissions and keeping the grading copy")
struct SubmissionScreenTests {
    static let stub = "import ExerciseSupport\nimport Perceptron\n\npublic enum E {}\n"

    @Test("imports beyond the stub's (and Foundation) are refused, in every spelling")
    func imports() {
        #expect(SubmissionScreen.problems(in: Self.stub + "import Foundation\n", file: "a.swift", courseVersion: Self.stub).isEmpty)
        for line in ["import LinearRegression", "@testable import Training", "import struct Backpropagation.Linear",
                     "  import Testing", "@preconcurrency import Classification"] {
            let problems = SubmissionScreen.problems(in: Self.stub + line + "\n", file: "a.swift", courseVersion: Self.stub)
            #expect(problems.count == 1 && problems[0].contains("a.swift imports"), "\(line): \(problems)")
        }
    }

    @Test("calling a symbol by its mangled name or looking one up at run time is refused")
    func symbolTricks() {
        let code = Self.stub + "@_silgen_name(\"$s16LinearRegression3fooyyF\") func foo()\nlet h = dlsym(nil, \"x\")\n"
        let problems = SubmissionScreen.problems(in: code, file: "a.swift", courseVersion: Self.stub)
        #expect(problems.contains { $0.contains("@_silgen_name") } && problems.contains { $0.contains("dlsym") })
    }

    @Test("a build error that reaches for an unseen engine is explained once per exercise")
    func explanations() {
        let errors = ["/w/exercises/04-backpropagation/B.swift:3:9: error: cannot find 'Linear' in scope",
                      "/w/exercises/04-backpropagation/B.swift:5:9: error: cannot find 'ReLU' in scope",
                      "error: Target TrainingExercises imports another target (Training) in the package without declaring it a dependency.",
                      "/w/exercises/02-linear-regression/L.swift:1:1: error: expected expression"]
        let notes = ExerciseChecker.explanations(for: errors)
        #expect(notes.count == 2)
        #expect(notes[0].contains("exercise 4 is compiled against the tensor and the engine of chapters 1 to 3 only"))
        #expect(notes[1].contains("exercise 5"))
    }

    @Test("the grading copy gets back every course file a submission changed, added or removed")
    func restores() throws {
        let manager = FileManager.default
        let course = manager.temporaryDirectory.appendingPathComponent("course-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: course) }
        for (path, text) in ["Package.swift": "// package", "Tests/T.swift": "// test", "Sources/S.swift": "// source",
                             "exercises/01-a/A.swift": "// stub"] {
            let url = course.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let workspace = GradingWorkspace(course: course)
        #expect(try workspace.restore().isEmpty, "a first copy is not a restoration")
        #expect(try workspace.restore().isEmpty, "an untouched copy needs nothing")
        try "// rigged".write(to: workspace.folder.appendingPathComponent("Tests/T.swift"), atomically: true, encoding: .utf8)
        try "// planted".write(to: workspace.folder.appendingPathComponent("Tests/Extra.swift"), atomically: true, encoding: .utf8)
        try manager.removeItem(at: workspace.folder.appendingPathComponent("Sources/S.swift"))
        #expect(try workspace.restore().sorted() == ["Sources/S.swift", "Tests/Extra.swift", "Tests/T.swift"])
        #expect(try String(contentsOf: workspace.folder.appendingPathComponent("Tests/T.swift"), encoding: .utf8) == "// test")
        #expect(!manager.fileExists(atPath: workspace.folder.appendingPathComponent("Tests/Extra.swift").path))
        // The package manager's own Package.resolved, written by the copy's build in a checkout
        // that has none (a fresh clone), is removed again but blames no submission.
        try "{}".write(to: workspace.folder.appendingPathComponent("Package.resolved"), atomically: true, encoding: .utf8)
        #expect(try workspace.restore().isEmpty)
        #expect(!manager.fileExists(atPath: workspace.folder.appendingPathComponent("Package.resolved").path))
    }
}
