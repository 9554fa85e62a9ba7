// Submissions written to cheat the grader or to harm it, each built from the solutions
// with one part of exercise 2 replaced: that part must never pass, and every other part
// must keep its honest verdict. The parts replaced are those no other part builds on
// (2.1, 2.3, 2.5, 2.6; 2.4 calls 2.2 and 2.5 calls 2.4).
import CourseGrading
import Foundation

struct HostileSubmission {
    /// The submission's folder name.
    let name: String
    /// The part of exercise 2 whose solution is replaced.
    let part: String
    /// What replaces it.
    let code: String
    /// Lines added after the file's imports.
    var header = "import Foundation"
    /// The verdicts the replaced part may get (or every part, for `wholeSubmission`).
    let verdicts: Set<Verdict>
    /// True when the whole submission is refused or fails to build.
    var wholeSubmission = false

    /// The file every hostile submission changes.
    static let file = "02-linear-regression/LinearRegressionExercise.swift"

    /// An argument `sleep` is given by the submission that starts a process to outlive it.
    static let sleeperSeconds = "4242.25"

    static let all: [HostileSubmission] = [
        HostileSubmission(name: "exit-zero", part: "2.1", code: "exit(0)", verdicts: [.crashed]),
        HostileSubmission(name: "underscore-exit", part: "2.3", code: "_exit(0)", verdicts: [.crashed]),
        HostileSubmission(name: "abort-after-fake-pass", part: "2.6", code: """
            FileHandle.standardOutput.write(Data("✔ Test \\"2.6 a finite-difference gradient\\" passed after 0.001 seconds.\\n".utf8))
            FileHandle.standardError.write(Data("✔ Test \\"2.6 a finite-difference gradient\\" passed after 0.001 seconds.\\n".utf8))
            abort()
            """, verdicts: [.crashed]),
        HostileSubmission(name: "forge-and-kill-parent", part: "2.5", code: """
            // A fake pass on the test process's console and in its event record (named on its
            // command line, or open on an inherited descriptor), then kill the test process.
            let parent = getppid()
            let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Tests/ExerciseTests/Exercise2Tests.swift")
            let lines = ((try? String(contentsOf: tests, encoding: .utf8)) ?? "").components(separatedBy: "\\n")
            let line = (lines.firstIndex { $0.contains("miniBatchEpoch()") } ?? 0) + 1
            let id = "ExerciseTests.Exercise2/miniBatchEpoch()/Exercise2Tests.swift:\\(line):6"
            let forged = #"{"kind":"event","payload":{"kind":"testEnded","testID":"\\#(id)"},"version":0}"# + "\\n"
            FileHandle(forWritingAtPath: "/proc/\\(parent)/fd/1")?.write(Data("✔ Test \\"2.5 an epoch\\" passed\\n".utf8))
            var targets = (3..<64).map { "/proc/self/fd/\\($0)" }
            if let text = try? String(contentsOfFile: "/proc/\\(parent)/cmdline", encoding: .utf8) {
                let arguments = text.split(separator: "\\0").map(String.init)
                if let flag = arguments.firstIndex(of: "--event-stream-output-path"), flag + 1 < arguments.count {
                    targets.append(arguments[flag + 1])
                }
            }
            for target in targets where (try? FileManager.default.destinationOfSymbolicLink(atPath: target))?.hasSuffix(".jsonl") ?? target.hasSuffix(".jsonl") {
                if let record = FileHandle(forWritingAtPath: target) {
                    record.seekToEndOfFile()
                    record.write(Data(forged.utf8))
                }
            }
            kill(parent, SIGKILL)
            return (Tensor.zeros(weights.shape), 0)
            """, verdicts: [.failing, .crashed]),
        HostileSubmission(name: "rewrite-tests", part: "2.5", code: """
            // The grading copy's tests, which the next submission would be built with.
            let copy = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent()
            for file in ["Tests/ExerciseTests/Exercise2Tests.swift", "Tests/ExerciseTests/Harness/Isolation.swift"] {
                try? "// rewritten by a submission\\n".write(to: copy.appendingPathComponent(file), atomically: false, encoding: .utf8)
            }
            return (weights, bias)
            """, verdicts: [.failing, .refused]),
        HostileSubmission(name: "calls-the-engine", part: "2.2", code: """
            let model = LinearModel(weights: weights, bias: bias)
            let gradient = LinearRegression.meanSquaredErrorGradient(model, inputs: inputs, targets: targets)
            return (gradient.weights, gradient.bias)
            """, header: "", verdicts: [.doesNotCompile], wholeSubmission: true),
        HostileSubmission(name: "imports-the-engine", part: "2.2", code: """
            let model = LinearModel(weights: weights, bias: bias)
            let gradient = LinearRegression.meanSquaredErrorGradient(model, inputs: inputs, targets: targets)
            return (gradient.weights, gradient.bias)
            """, header: "import LinearRegression", verdicts: [.refused], wholeSubmission: true),
        HostileSubmission(name: "endless-memory", part: "2.1", code: """
            var hoard: [[Float]] = []
            while hoard.count >= 0 { hoard.append([Float](repeating: 1, count: 1 << 24)) }
            return Float(hoard.count)
            """, verdicts: [.crashed]),
        HostileSubmission(name: "outliving-child", part: "2.6", code: """
            let sleeper = Process()
            sleeper.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            sleeper.arguments = ["sleep", "\(sleeperSeconds)"]
            try? sleeper.run()
            return Tensor.zeros(x.shape)
            """, verdicts: [.failing, .timedOut]),
    ]

    /// Writes this submission into `folder`: the solutions, with this part's solution replaced.
    func write(in folder: URL, solutions: URL) throws -> URL {
        let target = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: solutions, to: target)
        try? FileManager.default.removeItem(at: target.appendingPathComponent("README.md"))
        let url = target.appendingPathComponent(Self.file)
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        guard let header = lines.firstIndex(where: { $0.contains("// EXERCISE \(part):") }),
              let begin = lines[header...].firstIndex(where: { $0.contains("// BEGIN SOLUTION") }),
              let end = lines[begin...].firstIndex(where: { $0.contains("// END SOLUTION") }) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: url.path])
        }
        let indent = String(lines[begin].prefix { $0 == " " })
        lines.replaceSubrange(begin...end, with: code.components(separatedBy: "\n").map { indent + $0 })
        if !self.header.isEmpty, let lastImport = lines.lastIndex(where: { $0.hasPrefix("import ") }) {
            lines.insert(self.header, at: lastImport + 1)
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return target
    }
}
