// A learner's repository fetched for grading: cloned (the last commit only, never asking for a
// password), and its exercises/ folder handed to the grader. A repository that cannot be cloned
// or holds no exercises/ folder is that learner's verdict; the class goes on.
import Foundation

public enum ClassClone {
    /// What a fetch gives the grader: the learner's exercises/ folder, or the report it earns.
    public enum Outcome {
        case exercises(URL)
        case notGraded(Verdict, String)
    }

    /// Clones `learner`'s repository into `folder` (removed first) within `seconds`, and returns
    /// its exercises/ folder, or why there is none to grade.
    public static func fetch(_ learner: ClassList.Learner, into folder: URL, seconds: Int = 600) -> Outcome {
        let manager = FileManager.default
        try? manager.removeItem(at: folder)
        do {
            try manager.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            return .notGraded(.refused, "the grader could not make \(folder.deletingLastPathComponent().path): \(describeFileError(error))")
        }
        // No prompt may wait for a password on a runner: a repository the token cannot read fails.
        let result = try? CommandRunner.run(["git", "clone", "--depth", "1", "--quiet", "--no-tags", "--", learner.repository,
                                             folder.path],
                                            in: manager.temporaryDirectory, seconds: seconds,
                                            environment: ["GIT_TERMINAL_PROMPT": "0", "GIT_ASKPASS": "/bin/false",
                                                          "SSH_ASKPASS": "/bin/false"])
        guard let result, result.status == 0 else {
            let said = result.map { $0.timedOut ? "no answer within \(seconds) s"
                                                : $0.output.trimmingCharacters(in: .whitespacesAndNewlines) } ?? "git could not be run"
            return .notGraded(.refused, "its repository \(learner.repository) (class file line \(learner.line)) could not be cloned: "
                              + (said.isEmpty ? "git gave no reason" : said))
        }
        // Looked at without following a link: a linked exercises/ could point anywhere on the runner.
        let exercises = folder.appendingPathComponent("exercises")
        switch (try? manager.attributesOfItem(atPath: exercises.path))?[.type] as? FileAttributeType {
        case .typeDirectory?: return .exercises(exercises)
        case .typeSymbolicLink?: return .notGraded(.refused, "its repository's exercises is a symbolic link, not a folder: not graded")
        case nil: return .notGraded(.emptySubmission, "its repository holds no exercises/ folder (is it a learner edition of the course?)")
        default: return .notGraded(.emptySubmission, "its repository's exercises is not a folder")
        }
    }
}
