// `course grade DIR...`: a report per submission and a class summary, in Markdown and JSON.
import ArgumentParser
import CourseGrading
import CourseRuntime
import Foundation

struct Grade: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Grade submissions (each a copy of exercises/): a report per submission and a class summary.",
        discussion: """
            A submission's files are read once, without following links: a file that is a symbolic link \
            (or lies in a linked folder), a FIFO, a device, larger than 1 MB or not UTF-8 refuses that \
            submission, naming the file, and the class goes on; nothing outside a submission is read on its \
            behalf. It is then screened: an import its file's stub does not have, or a way past the \
            module boundaries (@_silgen_name, dlsym, …), refuses it. It is then laid over exercises/ in a \
            grading copy of the course (.grading/workspace, checked against the course before each build), \
            built in a build folder of its own (or, with --shared-build, in one shared folder), and its \
            exercise tests run part by part. As root, the tests run in a sandbox: a PID namespace of their \
            own, each part's code as an unprivileged user of its own, with time and memory limits; without \
            root they run as you, so grade untrusted code as root (for example in a container). Verdicts \
            come from the test process's event record, never from what a part prints; only a part judged \
            and recorded as passed counts. Reports go to --output as NAME.md and NAME.json, with summary.md, \
            summary.json and grades.csv (a row per submission, 1 or 0 per part, for a gradebook). \
            With --class FILE, the submissions are the learners' repositories the class file lists (one per \
            line, `shards: N` among them; the README's "Grading a class on CI runners"): each is cloned, its \
            exercises/ graded, and with --shard K only the K-th of its N shards. With --merge, each \
            DIR is instead the --output of one shard of the class graded apart: their summary.json files are \
            merged into the class's summary.md, summary.json and grades.csv in --output; with --class too, in \
            the class's order, a learner whose shard left no report named as not graded.
            """)

    @Argument(help: ArgumentHelp("Submission folders (with --merge, the shards' report folders).", valueName: "dir"))
    var submissions: [String] = []

    @Option(name: .customLong("class"),
            help: ArgumentHelp("A class file listing the learners' repositories: clone and grade them.", valueName: "file"))
    var classFile: String?

    @Option(help: ArgumentHelp("With --class, grade only shard K (from 1) of the class file's N.", valueName: "k"))
    var shard: Int?

    @Flag(help: "With --class, check the class file and print its number of shards (for a CI matrix), grading nothing.")
    var plan = false

    @Flag(help: "Grade only in the sandbox (as root, where unshare works): stop before any work otherwise.")
    var requireSandbox = false

    @Flag(help: "Merge the report folders of shards graded apart into one class summary, grading nothing.")
    var merge = false

    @Option(help: ArgumentHelp("Where the reports go.", valueName: "dir"))
    var output: String = "grades"

    @Flag(help: "Build every submission in one shared build folder: only the exercises recompile between them (seconds), instead of a fresh build folder each (a cold build per submission).")
    var sharedBuild = false

    @OptionGroup var options: RunOptions

    /// Every folder is checked before anything is built, so a typo or a clash of names stops
    /// the run instead of grading the rest and reporting the mistake as a submission.
    func validate() throws {
        let classList = try classFile.map { path in
            do { return try ClassList.read(path) } catch { throw ValidationError("\(error). Nothing was graded.") }
        }
        if plan {
            guard classList != nil, !merge, shard == nil, submissions.isEmpty else {
                throw ValidationError("--plan takes a class file (--class) and nothing to grade or merge")
            }
        }
        if let shard {
            guard let classList, !merge else { throw ValidationError("--shard needs --class, and grades; it does not merge") }
            guard (1...classList.shards).contains(shard) else {
                throw ValidationError("--shard \(shard): the class file has shards 1 to \(classList.shards)")
            }
        }
        if !merge {
            if classList != nil && !submissions.isEmpty {
                throw ValidationError("give submission folders or --class, not both. Nothing was graded.")
            }
            if classList == nil && submissions.isEmpty {
                throw ValidationError("name the submission folders to grade, or a class file with --class")
            }
        }
        if merge {
            guard !submissions.isEmpty else { throw ValidationError("name the --output folders of the shards to merge") }
            let missing = submissions.filter { !FileManager.default.fileExists(atPath: summaryFile(in: $0).path) }
            // With the class file, a shard that left nothing is named in the summary, and its
            // learners reported as not graded; without it, the merge cannot tell who is missing.
            guard missing.isEmpty || classList != nil else {
                throw ValidationError(missing.map { "\($0) holds no summary.json: name the --output folder of a shard's course grade" }
                                      .joined(separator: "\n") + "\nNothing was merged.")
            }
            // A merge never replaces a class's summary: it writes into a folder that has none.
            guard !FileManager.default.fileExists(atPath: summaryFile(in: output).path) else {
                throw ValidationError("\(output) holds a summary.json already; name a new --output folder. Nothing was merged.")
            }
            return
        }
        let problems = SubmissionFolders.problems(submissions)
        guard problems.isEmpty else { throw ValidationError(problems.joined(separator: "\n") + "\nNothing was graded.") }
    }

    func summaryFile(in folder: String) -> URL {
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent("summary.json")
    }

    /// The class's files: summary.md, summary.json and grades.csv.
    func writeClassFiles(_ reports: [SubmissionReport], notes: [String] = [], to outputURL: URL) throws {
        for note in notes { print("Note: \(note)") }
        try Grader.summaryMarkdown(reports, notes: notes).write(to: outputURL.appendingPathComponent("summary.md"),
                                                  atomically: true, encoding: .utf8)
        try SubmissionReport.jsonData(reports).write(to: outputURL.appendingPathComponent("summary.json"), options: .atomic)
        try ClassMerge.gradesCSV(reports).write(to: outputURL.appendingPathComponent("grades.csv"), atomically: true, encoding: .utf8)
    }

    /// `--merge`: the shards' summaries, read and merged, written as the class's.
    func mergeShards() throws {
        let classList = try classFile.map(ClassList.read)
        var shards: [(name: String, reports: [SubmissionReport])] = []
        var notes = classList?.notes ?? []
        for folder in submissions {
            if classList != nil && !FileManager.default.fileExists(atPath: summaryFile(in: folder).path) {
                notes.append("\(folder) holds no summary.json: that shard's job did not finish (its log says why)")
                continue
            }
            do {
                let data = try Data(contentsOf: summaryFile(in: folder))
                shards.append((folder, try JSONDecoder().decode([SubmissionReport].self, from: data)))
            } catch {
                printError("Error: \(summaryFile(in: folder).path) is not a class summary of course grade "
                           + "(\(describeFileError(error))). Nothing was merged.")
                throw ExitCode.failure
            }
        }
        var reports: [SubmissionReport]
        do { reports = try ClassMerge.merge(shards) } catch let problem as ClassMerge.Problem {
            printError("Error: \(problem). Nothing was merged.")
            throw ExitCode.failure
        }
        if let classList {
            let arranged = ClassMerge.arranged(reports, by: classList)
            reports = arranged.reports
            notes += arranged.notes
        }
        let outputURL = URL(fileURLWithPath: output, isDirectory: true)
        try FileManager.default.createDirectory(at: outputURL, withIntermediateDirectories: true)
        try writeClassFiles(reports, notes: notes, to: outputURL)
        print("\(reports.count) submissions from \(shards.count) of \(submissions.count) shard folders merged into \(outputURL.path) "
              + "(summary.md, summary.json, grades.csv).")
    }

    /// The report of the submission in `folder`: whatever goes wrong with one submission is its
    /// verdict, and the class goes on.
    func report(of folder: URL, name: String, by grader: Grader) -> SubmissionReport {
        do { return try grader.grade(folder, name: name) } catch { return grader.notGraded(name, because: describeFileError(error)) }
    }

    /// The report of a learner of a class file: their repository cloned into `clones`, its
    /// exercises/ graded, the clone removed; a repository with nothing to grade is the verdict.
    func report(of learner: ClassList.Learner, clonedInto clones: URL, by grader: Grader) -> SubmissionReport {
        let clone = clones.appendingPathComponent(learner.name)
        defer { try? FileManager.default.removeItem(at: clone) }
        switch ClassClone.fetch(learner, into: clone) {
        case .exercises(let exercises):
            return report(of: exercises, name: learner.name, by: grader)
        case .notGraded(let verdict, let message):
            var report = grader.notGraded(learner.name, verdict: verdict, message: message)
            report.notes = [message]
            return report
        }
    }

    func run() throws {
        if merge { return try mergeShards() }
        if plan, let classFile {
            // The count alone on standard output, for a CI job to read; the notes beside it.
            let list = try ClassList.read(classFile)
            for note in list.notes { printError("Note: \(note)") }
            print(list.shards)
            return
        }
        // A log of a long grading run shows each submission as it starts, not all at the end.
        makeStandardOutputLineBuffered()
        let grader = Grader(root: options.rootURL, partTimeLimit: options.timeout, sharedBuild: sharedBuild)
        guard grader.sandbox.isIsolated || !requireSandbox else {
            printError("Error: --require-sandbox, and this machine gives no sandbox (it needs root and a working "
                       + "`unshare --pid --mount-proc`; in a container, start it privileged). "
                       + "Nothing was graded.")
            throw ExitCode.failure
        }
        let outputURL = URL(fileURLWithPath: output, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: outputURL, withIntermediateDirectories: true)
        } catch {
            printError("Error: --output: cannot make the folder \(output) (\(describeFileError(error))). Nothing was graded.")
            throw ExitCode.failure
        }
        print("Sandbox: \(grader.sandbox.summary).")
        let classList = try classFile.map(ClassList.read)
        // What to grade: the folders given, or the class file's learners, each cloned when its turn comes.
        let clones = options.rootURL.appendingPathComponent(".grading/clones", isDirectory: true)
        let work: [(name: String, grade: () -> SubmissionReport)]
        if let classList {
            let learners = shard.map { classList.shard($0) } ?? classList.learners[...]
            if let shard {
                print("Shard \(shard) of \(classList.shards): \(learners.count) of the class's \(classList.learners.count) learners.")
            }
            work = learners.map { learner in (learner.name, { report(of: learner, clonedInto: clones, by: grader) }) }
        } else {
            work = submissions.map { path in
                let name = SubmissionFolders.reportName(path)
                return (name, { report(of: URL(fileURLWithPath: path, isDirectory: true), name: name, by: grader) })
            }
        }
        var reports: [SubmissionReport] = []
        for (name, grade) in work {
            print("Grading \(name) …")
            let report = grade()
            reports.append(report)
            try report.markdown.write(to: outputURL.appendingPathComponent("\(name).md"), atomically: true, encoding: .utf8)
            try report.jsonData().write(to: outputURL.appendingPathComponent("\(name).json"))
            print("  \(report.passed) of \(report.parts.count) parts pass"
                  + (report.notes.isEmpty ? "" : "; " + report.notes.joined(separator: "; ")))
        }
        try writeClassFiles(reports, notes: classList?.notes ?? [], to: outputURL)
        print("Reports written to \(outputURL.path) (summary.md, summary.json, grades.csv and one pair per submission).")
    }
}
