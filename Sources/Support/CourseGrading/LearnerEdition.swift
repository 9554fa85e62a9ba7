// A learner edition of the course: every file but solutions/ and build folders, with the
// parts' hints stored in exercises/hints.json.
import Foundation

public enum LearnerEdition {
    /// Why an edition could not be written.
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    /// Copies the course in `root` to the new folder `target`, without solutions/, and stores
    /// `hints` there. Returns the number of files copied. Refuses a hint that quotes a line of
    /// its solution (`solutions` by part id).
    @discardableResult
    public static func write(from root: URL, to target: URL, hints: [PartHint],
                             solutions: [String: [String]]) throws -> Int {
        let manager = FileManager.default
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
            let destination = target.appendingPathComponent(file)
            try manager.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: root.appendingPathComponent(file), to: destination)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try manager.createDirectory(at: target.appendingPathComponent("exercises"), withIntermediateDirectories: true)
        try encoder.encode(hints).write(to: target.appendingPathComponent("exercises/\(PartHint.fileName)"))
        return files.count
    }

    /// The files to release: those git tracks or would track (not ignored) when the course is
    /// a git checkout, so no build folders; otherwise every file outside build and grading
    /// folders. Never solutions/.
    static func releasedFiles(in root: URL) throws -> [String] {
        let listed = try? CommandRunner.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                                            in: root, seconds: 60)
        var files: [String]
        if let listed, listed.status == 0, !listed.output.isEmpty {
            files = listed.output.split(separator: "\n").map(String.init)
        } else {
            let enumerator = FileManager.default.enumerator(atPath: root.path)
            files = (enumerator?.allObjects as? [String] ?? []).filter { path in
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path,
                                                            isDirectory: &isDirectory)
                return exists && !isDirectory.boolValue
            }
        }
        let skipped = [".build", ".grading", "grades/", ".git/", ".swiftpm/", "solutions/"]
        return files.filter { file in !skipped.contains { file.hasPrefix($0) } }.sorted()
    }
}
