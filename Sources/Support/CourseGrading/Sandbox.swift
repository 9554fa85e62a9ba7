// Where a submission's tests run when the course tool grades as root: in a PID namespace of
// their own (`unshare`), where they see no other process and every process they start dies
// with them, and with each part's child process switching to an unprivileged user before
// any submitted code runs (Tests/ExerciseTests/Harness/ChildLimits.swift): a user of its
// own per part, so that code can neither signal the test process or another part, nor open
// the event record, nor write a file of the course; and what it leaves running is killed.
// Without root none of this is possible: the tests then run under the caller's own user,
// and the grader says so.
import Foundation

public struct Sandbox: Sendable {
    /// What goes in front of the test command.
    public var prefix: [String]
    /// What the test process is told (the user its parts' children become).
    public var environment: [String: String]
    /// One line for the instructor: how submissions run.
    public var summary: String
    public var isIsolated: Bool { !prefix.isEmpty }

    /// The first of the user ids parts' children become (part N.k: this + 100 N + k): ids
    /// that no account and no file on a usual system has.
    public static let firstSandboxUser = 2_000_000

    /// No isolation beyond the harness's own limits (time, memory).
    public static let none = Sandbox(
        prefix: [], environment: [:],
        summary: "submissions run under your own user (not root): their code could reach your files and processes; "
            + "grade untrusted submissions as root (for example in a container), where each runs in a sandbox")

    /// The strongest isolation this machine allows the caller.
    public static func detect() -> Sandbox {
        // A shell is the namespace's first process, so it reaps the processes a part leaves
        // behind; the test process as first process would inherit them unreaped, and Swift
        // Testing's wait for its own children then stalls. `; exit $?` keeps the shell from
        // replacing itself with the test process.
        let prefix = ["unshare", "--pid", "--fork", "--kill-child", "--mount-proc", "/bin/sh", "-c", "\"$@\"; exit $?", "sandbox"]
        guard geteuid() == 0,
              let probe = try? CommandRunner.run(prefix + ["/bin/true"], in: FileManager.default.temporaryDirectory, seconds: 20),
              probe.status == 0 else { return .none }
        return Sandbox(prefix: prefix, environment: ["EXERCISE_SANDBOX_UID": "\(firstSandboxUser)"],
                       summary: "each submission's tests run in a PID namespace of their own, each part's code as an "
                           + "unprivileged user of its own, with time and memory limits")
    }
}
