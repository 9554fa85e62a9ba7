// The copy of the course that submissions are built in: the package, its sources and its
// tests, with exercises/ replaced by each submission in turn. The instructor's checkout is
// never built from. Before each build every course file of the copy is compared with the
// checkout and any that changed is restored, so one submission cannot rig the tests or the
// engine for the next.
import Foundation

public struct GradingWorkspace {
    /// The course being graded (the instructor's checkout).
    public let course: URL
    /// The copy, `.grading/workspace` in the course; one path for every grading run, so a
    /// shared build folder stays warm between runs.
    public let folder: URL

    /// What the copy holds besides exercises/, which each submission replaces.
    static let courseItems = ["Package.swift", "Package.resolved", "Sources", "Tests", "chapters"]

    public init(course: URL) {
        self.course = course.standardizedFileURL
        folder = self.course.appendingPathComponent(".grading/workspace")
    }

    /// Makes the copy's course files equal to the checkout's. Returns the files that had
    /// to be restored, changed, added or removed (empty on a first run or an untouched copy).
    @discardableResult
    public func restore() throws -> [String] {
        let manager = FileManager.default
        let fresh = !manager.fileExists(atPath: folder.path)
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let expected = Set(try Self.courseItems.flatMap { try files(under: $0, in: course) })
        let present = Set(try Self.courseItems.flatMap { try files(under: $0, in: folder) })
        var restored: [String] = []
        for file in present where !expected.contains(file) {
            try manager.removeItem(at: folder.appendingPathComponent(file))
            restored.append(file)
        }
        for file in expected.sorted() {
            let source = course.appendingPathComponent(file), copy = folder.appendingPathComponent(file)
            if present.contains(file), manager.contentsEqual(atPath: source.path, andPath: copy.path) { continue }
            try? manager.removeItem(at: copy)
            try manager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.copyItem(at: source, to: copy)
            restored.append(file)
        }
        // The package manager writes Package.resolved itself when the checkout has none (a fresh
        // clone that was never built): restored like any file, but no submission's doing.
        return fresh ? [] : restored.filter { $0 != "Package.resolved" }
    }

    /// Replaces the copy's exercises/ with the course's, then writes the submission's files
    /// (their texts, by path relative to exercises/, as `SubmissionIntake` read them) on top.
    public func install(_ texts: [String: String]) throws {
        let manager = FileManager.default
        let exercises = folder.appendingPathComponent("exercises")
        try? manager.removeItem(at: exercises)
        try manager.copyItem(at: course.appendingPathComponent("exercises"), to: exercises)
        for (file, text) in texts {
            let target = exercises.appendingPathComponent(file)
            try manager.removeItem(at: target)
            try text.write(to: target, atomically: false, encoding: .utf8)
        }
    }

    /// The regular files under `item` in `root`, as paths relative to `root` (symbolic links
    /// are not followed, and count as files to compare).
    private func files(under item: String, in root: URL) throws -> [String] {
        let manager = FileManager.default
        let url = root.appendingPathComponent(item)
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [item] }
        guard let enumerator = manager.enumerator(atPath: url.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { relative in
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: url.appendingPathComponent(relative).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.map { item + "/" + $0 }
    }
}
