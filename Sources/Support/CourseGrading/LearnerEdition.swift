// A learner edition of the course: the files git tracks but solutions/, with the parts'
// hints stored in exercises/hints.json. Its folder lies outside the course, or the next
// release would ship this one inside it.
import Foundation

public enum LearnerEdition {
    /// Why an edition could not be written.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Files the edition keeps at another path: the CI set-ups that make a learner's repository
    /// check itself on every push (learner-ci/README.md). In the course itself they stay idle.
    public static let placement = ["learner-ci/github-course.yml": ".github/workflows/course.yml",
                                   "learner-ci/gitlab-ci.yml": ".gitlab-ci.yml"]

    /// Copies the course in `root` to the new folder `target`, outside it, without solutions/,
    /// and stores `hints` there. Returns the number of files copied. Refuses a hint that quotes
    /// a line of its solution (`solutions` by part id).
    @discardableResult
    public static func write(from root: URL, to target: URL, hints: [PartHint],
                             solutions: [String: [String]]) throws -> Int {
        let manager = FileManager.default
        let rootFolder = resolved(root).pathComponents, targetFolder = resolved(target).pathComponents
        guard !targetFolder.starts(with: rootFolder) else {
            throw Problem(description: "\(target.path) is inside the course folder \(root.path), so the next release "
                          + "would ship this one: name a folder outside the course")
        }
        guard !manager.fileExists(atPath: target.path) else {
            throw Problem(description: "\(target.path) exists already; name a new folder")
        }
        let leaks = hints.flatMap { hint in
            PartHint.leakedLines(hint: hint.hint, solution: solutions[hint.part] ?? []).map { "\(hint.part): \($0)" }
        }
        guard leaks.isEmpty else {
            throw Problem(description: "these hints quote their solution:\n" + leaks.joined(separator: "\n"))
        }
        let files = try releasedFiles(in: root)
        for file in files {
            let destination = target.appendingPathComponent(placement[file] ?? file)
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: root.appendingPathComponent(file), to: destination)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try manager.createDirectory(at: target.appendingPathComponent("exercises"), withIntermediateDirectories: true)
        try encoder.encode(hints).write(to: target.appendingPathComponent("exercises/\(PartHint.fileName)"))
        return files.count
    }

    /// The files to release: those git tracks when the course is a git checkout, so nothing
    /// an instructor left lying about (grades, an earlier release), and none deleted since;
    /// otherwise (a copy without .git) every file outside build and grading folders. Never solutions/.
    static func releasedFiles(in root: URL) throws -> [String] {
        var files: [String]
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) {
            // -z: names as they are, not quoted and escaped. A checkout whose files git cannot
            // list stops the release: copying every file instead would ship untracked ones.
            let listed = try? CommandRunner.run(["git", "ls-files", "-z"], in: root, seconds: 60)
            guard let listed, listed.status == 0, !listed.output.isEmpty else {
                let said = listed.map { $0.output.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "git could not be run"
                throw Problem(description: "\(root.path) is a git checkout, but `git ls-files` did not list its files "
                              + "(\(said.isEmpty ? "no output" : said)), so the release cannot tell tracked files "
                              + "from others: fix git (is it installed, and does it trust this folder?) and release again")
            }
            files = listed.output.split(separator: "\0").map(String.init)
                .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
        } else {
            let enumerator = FileManager.default.enumerator(atPath: root.path)
            files = (enumerator?.allObjects as? [String] ?? []).filter { path in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path,
                                                            isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue
            }
        }
        // The instructor's class grading (.github/, .gitlab-ci.yml, instructor-ci/) stays with the
        // course: the edition gets learner-ci/'s set-ups in those places instead.
        let skipped = [".build", ".grading", "grades/", ".git/", ".swiftpm/", "solutions/", ".github/", "instructor-ci/"]
        return files.filter { file in file != ".gitlab-ci.yml" && !skipped.contains { file.hasPrefix($0) } }.sorted()
    }

    /// `url` with its symbolic links resolved, as far as it exists: a release's folder does not yet.
    static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path) && existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return missing.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
    }
}
