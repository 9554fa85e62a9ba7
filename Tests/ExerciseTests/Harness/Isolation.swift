// Each exercise part is checked in a child process (a Swift Testing exit test), so a
// learner's function that traps (index out of range, fatalError) or loops forever fails
// that part alone, with a message saying so, and every other part still runs.
import Foundation
import Testing

/// Seconds a part may run before it is stopped: 60, or `EXERCISE_TIME_LIMIT` when set.
let partTimeLimit: Int = Int(ProcessInfo.processInfo.environment["EXERCISE_TIME_LIMIT"] ?? "") ?? 60

/// Runs the checks of exercise part `part` (for example "2.3") in a child process,
/// stopped after `timeLimit` seconds. Returns nil when the child finished (its checks
/// record their own issues), or the explanation recorded when it crashed or hung.
@discardableResult
func checkPart(_ part: String, timeLimit: Int = partTimeLimit) async -> String? {
    let log = FileManager.default.temporaryDirectory
        .appendingPathComponent("exercise-\(part)-\(UUID().uuidString).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    let finished = await #expect(processExitsWith: .success) { [part = part as String, log = log as String, seconds = timeLimit as Int] in
        // The child's standard error goes to `log`, so the parent can quote a crash message.
        let descriptor = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor >= 0 { dup2(descriptor, STDERR_FILENO) }
        armTimeLimit(seconds: seconds)
        guard let check = partChecks[part] else {
            Issue.record("no checks are registered for exercise part \(part)")
            return
        }
        check()
    } != nil
    guard !finished else { return nil }
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    let explanation = explainAbnormalEnd(part: part, childOutput: output, timeLimit: timeLimit)
    Issue.record(Comment(rawValue: explanation))
    return explanation
}

/// What to tell the learner when the child process did not exit normally.
func explainAbnormalEnd(part: String, childOutput: String, timeLimit: Int) -> String {
    if childOutput.contains(timeLimitMarker) {
        return "Exercise \(part) did not finish within \(timeLimit) s and was stopped: "
            + "look for a loop whose condition never becomes false (EXERCISE_TIME_LIMIT=SECONDS changes the limit)."
    }
    let fatal = childOutput.split(separator: "\n").first { $0.contains("Fatal error") || $0.contains("error:") }
    if let fatal {
        return "Exercise \(part) crashed: \(fatal.trimmingCharacters(in: .whitespaces)). "
            + "The other parts still ran; fix this one and run the tests again."
    }
    return "Exercise \(part) crashed (the process ended with a signal). The other parts still ran."
        + (childOutput.isEmpty ? "" : " Its last output:\n" + childOutput.suffix(800))
}

/// Printed by the child when its time is up.
let timeLimitMarker = "exercise part stopped: time limit reached"

/// Makes the process print `timeLimitMarker` and exit after `seconds`.
func armTimeLimit(seconds: Int) {
    // A parent may have started this process with signals blocked (Foundation's Process
    // does); a blocked SIGALRM would never stop the part, so unblock it first.
    var alarmOnly = sigset_t()
    sigemptyset(&alarmOnly)
    sigaddset(&alarmOnly, SIGALRM)
    sigprocmask(SIG_UNBLOCK, &alarmOnly, nil)
    signal(SIGALRM) { _ in
        timeLimitMarker.withCString { text in _ = write(STDERR_FILENO, text, strlen(text)) }
        _exit(124)
    }
    alarm(UInt32(max(seconds, 1)))
}
