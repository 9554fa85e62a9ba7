import CourseGrading
import Foundation
import Testing

/// The course's root folder, found from this file's path.
private let courseRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private let courseTool = builtExecutable("course")

/// A git repository at `folder` holding `files` (path: text), committed.
private func repository(_ folder: URL, _ files: [String: String]) throws {
    for (path, text) in files {
        let url = folder.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
    for command in [["git", "init", "-q"], ["git", "add", "-A"],
                    ["git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "work"]] {
        let result = try CommandRunner.run(command, in: folder, seconds: 60)
        try #require(result.status == 0, "\(command): \(result.output)")
    }
}

@Suite("Course tool: a class file")
struct ClassListTests {
    @Test("repositories, comments and the shard count are read; blank lines, repeats and clashing names are noted, not fatal")
    func reads() throws {
        let text = """
            # the class of 2026
            shards: 2
            https://github.com/school/dl-alice.git
            git@github.com:school/dl-bob.git\r

            https://github.com/school/dl-alice/
            https://gitlab.example.org/other/dl-bob.git
            /srv/repos/carol  carol-b
            https://example.org/x/summary.git

            """
        let list = try ClassList(text: text, file: "class.txt")
        #expect(list.shards == 2)
        #expect(list.learners.map(\.name) == ["dl-alice", "dl-bob", "dl-bob-line7", "carol-b", "summary-line9"])
        #expect(list.learners.map(\.line) == [3, 4, 7, 8, 9])
        #expect(list.learners[1].repository == "git@github.com:school/dl-bob.git", "a Windows line end is not part of the address")
        #expect(list.notes == ["class.txt line 5 is blank: skipped",
                               "class.txt line 6 lists the repository of line 3 again: graded once",
                               "class.txt line 7 names a learner dl-bob, as line 4 does: graded as dl-bob-line7",
                               "class.txt line 9: a learner named summary would overwrite the class's summary files: graded as summary-line9"],
                "the file's last line break opens no blank line")
    }

    @Test("a class file that cannot be used is refused, naming its line")
    func refusals() {
        let cases: [(String, String)] = [
            ("shards: 0\na", "class.txt line 1: shards must be a whole number from 1 to 256, not '0'"),
            ("shards: two\na", "not 'two'"),
            ("shards: 257\na", "not '257'"),
            ("shards: 1\nshards: 2\na", "class.txt line 2 sets the shards again (line 1 set 1): keep one"),
            ("shards: 3\na\nb", "class.txt asks for 3 shards but lists 2 repositories"),
            ("a b c", "class.txt line 1 has 3 fields"),
            ("a .hidden", "class.txt line 1: the name '.hidden' may hold only"),
            ("a x/y", "the name 'x/y' may hold only"),
            ("# nobody\n\n", "class.txt lists no repositories"),
        ]
        for (text, message) in cases {
            #expect { try ClassList(text: text, file: "class.txt") } throws: { "\($0)".contains(message) }
        }
    }

    @Test("shards are runs of the list in its order, their sizes differing by at most one; together the class once")
    func shards() throws {
        let list = try ClassList(text: "shards: 4\n" + (1...15).map { "https://h/r\($0)" }.joined(separator: "\n"), file: "c")
        let shards = (1...4).map { list.shard($0).map(\.name) }
        #expect(shards.map(\.count) == [3, 4, 4, 4])
        #expect(shards.flatMap { $0 } == list.learners.map(\.name))
        #expect(list.learners.indices.map { list.shardOf(learnerAt: $0) } == [1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4])
    }

    @Test("the variables a grader keeps from the tests are those that look like secrets")
    func secrets() {
        let environment = ["PATH": "/bin", "HOME": "/root", "CI_JOB_TOKEN": "t", "CLASS_TOKEN": "t", "my_secret": "s",
                           "CI_REGISTRY_PASSWORD": "p", "GIT_CREDENTIALS": "c", "CI": "true"]
        #expect(ExerciseChecker.secretVariables(environment)
                == ["CI_JOB_TOKEN", "CI_REGISTRY_PASSWORD", "CLASS_TOKEN", "GIT_CREDENTIALS", "my_secret"])
    }
}

@Suite("Course tool: a learner's repository fetched for grading")
struct ClassCloneTests {
    @Test("a repository's exercises/ is handed over; none, a link, or a repository that cannot be cloned is the verdict")
    func fetch() throws {
        let folder = try temporaryFolder("class-clone")
        defer { try? FileManager.default.removeItem(at: folder) }
        let repositories = folder.appendingPathComponent("repositories")
        try repository(repositories.appendingPathComponent("alice"), ["exercises/01-a/A.swift": "// alice"])
        try repository(repositories.appendingPathComponent("bob"), ["README.md": "no exercises"])
        try FileManager.default.createDirectory(at: repositories.appendingPathComponent("eve"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repositories.appendingPathComponent("eve/exercises").path,
                                                   withDestinationPath: "/etc")
        try repository(repositories.appendingPathComponent("eve"), ["README.md": "a link"])
        func learner(_ name: String) -> ClassList.Learner {
            ClassList.Learner(line: 7, repository: repositories.appendingPathComponent(name).path, name: name)
        }
        let clones = folder.appendingPathComponent("clones")
        guard case .exercises(let exercises) = ClassClone.fetch(learner("alice"), into: clones.appendingPathComponent("alice")) else {
            Issue.record("alice's exercises/ was not handed over"); return
        }
        #expect(try String(contentsOf: exercises.appendingPathComponent("01-a/A.swift"), encoding: .utf8) == "// alice")
        guard case .notGraded(let bobVerdict, let bobMessage) = ClassClone.fetch(learner("bob"), into: clones.appendingPathComponent("bob")),
              case .notGraded(let eveVerdict, let eveMessage) = ClassClone.fetch(learner("eve"), into: clones.appendingPathComponent("eve")),
              case .notGraded(let carolVerdict, let carolMessage) = ClassClone.fetch(learner("carol"), into: clones.appendingPathComponent("carol"))
        else { Issue.record("bob, eve or carol was handed over"); return }
        #expect(bobVerdict == .emptySubmission && bobMessage.contains("holds no exercises/ folder"))
        #expect(eveVerdict == .refused && eveMessage.contains("exercises is a symbolic link"))
        #expect(carolVerdict == .refused && carolMessage.contains("(class file line 7) could not be cloned: ")
                && carolMessage.contains("does not exist"), "git's own reason: \(carolMessage)")
    }
}

@Suite("Course tool: a class graded from its class file, whole and in shards", .serialized)
struct ClassGradeCommandTests {
    /// Runs `course` with `arguments` in the course's root folder.
    static func course(_ arguments: [String]) throws -> CommandOutput {
        let tool = try #require(courseTool, "build the course tool first: swift build --build-tests")
        return try CommandRunner.run([tool.path] + arguments, in: courseRoot, seconds: 300)
    }

    /// The class's three files in `folder`.
    static func classFiles(_ folder: URL) throws -> [String] {
        try ["summary.md", "summary.json", "grades.csv"].map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
    }

    /// Five learners none of whom needs a build (an exercises/ without Swift files, none, a
    /// repository that is not there), a blank line and a repeat, in two shards.
    @Test("the shards merged with the class file give the class graded whole; a shard that left nothing is named, its learners not graded")
    func shardsEqualWhole() throws {
        let folder = try temporaryFolder("class-grade")
        defer { try? FileManager.default.removeItem(at: folder) }
        let tag = UUID().uuidString.prefix(8)
        var lines = ["shards: 2"]
        for (index, kind) in ["empty", "none", "missing", "empty", "none"].enumerated() {
            let repo = folder.appendingPathComponent("repos/\(kind)-\(index)-\(tag)")
            switch kind {
            case "empty": try repository(repo, ["exercises/README.md": "nothing yet"])
            case "none": try repository(repo, ["README.md": "no exercises"])
            default: break
            }
            lines.append(repo.path)
            if index == 1 { lines += ["", repo.path + "/"] }
        }
        let classFile = folder.appendingPathComponent("class.txt")
        try (lines.joined(separator: "\n") + "\n").write(to: classFile, atomically: true, encoding: .utf8)

        let plan = try Self.course(["grade", "--class", classFile.path, "--plan"])
        #expect(plan.status == 0 && plan.output.hasSuffix("2\n"), "\(plan.output)")
        let whole = folder.appendingPathComponent("whole")
        let wholeRun = try Self.course(["grade", "--class", classFile.path, "--output", whole.path])
        try #require(wholeRun.status == 0, "\(wholeRun.output)")
        for shard in 1...2 {
            let run = try Self.course(["grade", "--class", classFile.path, "--shard", "\(shard)",
                                       "--output", folder.appendingPathComponent("shard-\(shard)").path])
            try #require(run.status == 0, "\(run.output)")
        }
        let merged = folder.appendingPathComponent("merged")
        let mergeRun = try Self.course(["grade", "--merge", "--class", classFile.path, "--output", merged.path,
                                        folder.appendingPathComponent("shard-2").path, folder.appendingPathComponent("shard-1").path])
        try #require(mergeRun.status == 0, "\(mergeRun.output)")
        #expect(try Self.classFiles(merged) == Self.classFiles(whole), "shards merged in either order give the class in its order")

        let summary = try Self.classFiles(whole)[0]
        #expect(summary.contains("class.txt line 4 is blank: skipped"))
        #expect(summary.contains("class.txt line 5 lists the repository of line 3 again: graded once"))
        #expect(summary.contains("none-1-\(tag): its repository holds no exercises/ folder"))
        #expect(summary.contains("missing-2-\(tag): its repository \(folder.path)/repos/missing-2-\(tag) (class file line 6) could not be cloned"))
        #expect(summary.contains("| empty-0-\(tag) | 0/") && summary.contains("| empty submission |"))

        // Shard 2's job left nothing: its learners are named as not graded, the others kept.
        let partial = folder.appendingPathComponent("partial")
        let partialRun = try Self.course(["grade", "--merge", "--class", classFile.path, "--output", partial.path,
                                          folder.appendingPathComponent("shard-1").path, folder.appendingPathComponent("shard-9").path])
        try #require(partialRun.status == 0, "\(partialRun.output)")
        let partialSummary = try Self.classFiles(partial)[0]
        #expect(partialSummary.contains("shard-9 holds no summary.json: that shard's job did not finish"))
        #expect(partialSummary.contains("empty-3-\(tag): not graded: shard 2 of 2 left no report for this learner"))
        #expect(partialSummary.contains("| empty-0-\(tag) | 0/") && partialSummary.contains("| did not run |"))

        // Mistakes on the command line stop it before anything is cloned.
        let badShard = try Self.course(["grade", "--class", classFile.path, "--shard", "3", "--output", folder.appendingPathComponent("x").path])
        #expect(badShard.status != 0 && badShard.output.contains("--shard 3: the class file has shards 1 to 2"), "\(badShard.output)")
        let both = try Self.course(["grade", "--class", classFile.path, folder.path])
        #expect(both.status != 0 && both.output.contains("give submission folders or --class, not both"), "\(both.output)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
    }

    /// Only root can step down to another user, and only there does a sandbox exist to lose.
    @Test("--require-sandbox stops a grader that has no sandbox (here one run as an unprivileged user) before anything is cloned or written",
          .enabled(if: geteuid() == 0))
    func requiresSandbox() throws {
        let tool = try #require(courseTool, "build the course tool first: swift build --build-tests")
        let folder = try temporaryFolder("class-sandbox")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        try "https://example.org/nobody.git\n".write(to: folder.appendingPathComponent("class.txt"), atomically: true, encoding: .utf8)
        // A copy of the tool, since a checkout (CI's is in a mktemp folder) may be closed to other users.
        let copy = folder.appendingPathComponent("course")
        try FileManager.default.copyItem(at: tool, to: copy)
        let output = folder.appendingPathComponent("grades")
        let result = try CommandRunner.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", copy.path, "grade",
                                            "--class", folder.appendingPathComponent("class.txt").path, "--require-sandbox",
                                            "--output", output.path], in: folder, seconds: 60)
        #expect(result.status != 0 && result.output.contains("Error: --require-sandbox, and this machine gives no sandbox"),
                "\(result.output)")
        #expect(!result.output.contains("Grading") && !FileManager.default.fileExists(atPath: output.path))
    }
}
