// Each exercise part is checked in a child process (a Swift Testing exit test), so a
// learner's function that traps (index out of range, fatalError), loops forever or eats
// memory fails that part alone, with a message saying so, and every other part still runs.
//
// The child only runs the learner's code and writes down what it returned (Transcript.swift);
// the verdict is reached back in the test process, from those values. A clean exit is
// never a pass by itself.
import Foundation
import Testing

/// Seconds of processor time a part may use before it is stopped: 60, or `EXERCISE_TIME_LIMIT`
/// when set. (A part that waits rather than computes is stopped after `partWaitLimit`.)
let partTimeLimit: Int = Int(ProcessInfo.processInfo.environment["EXERCISE_TIME_LIMIT"] ?? "") ?? 60

/// Checks exercise part `part` (for example "2.3"): its learner's code runs in a child
/// process, stopped after `timeLimit` seconds of processor time, and the results are judged here. Returns
/// nil when the checks were judged (they record their own issues), or the explanation
/// recorded when the child crashed, hung or ended without its results.
@discardableResult
func checkPart(_ part: String, timeLimit: Int = partTimeLimit) async -> String? {
    guard let check = partChecks[part] else {
        let explanation = "no checks are registered for exercise part \(part)"
        Issue.record(Comment(rawValue: explanation))
        return explanation
    }
    let log = FileManager.default.temporaryDirectory
        .appendingPathComponent("exercise-\(part)-\(UUID().uuidString).log").path
    let record = String(log.dropLast(4)) + ".transcript"
    defer {
        try? FileManager.default.removeItem(atPath: log)
        try? FileManager.default.removeItem(atPath: record)
    }
    // When grading, whatever the child's user still runs once the time is up is killed, so a
    // process the learner's code started cannot keep this one waiting for the child's output.
    let sweep = sandboxUser(for: part).map { uid in
        let work = DispatchWorkItem { killProcesses(of: uid) }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(partWaitLimit(timeLimit: timeLimit) + 2),
                                          execute: work)
        return (uid, work)
    }
    defer {
        sweep?.1.cancel()
        if let uid = sweep?.0 { killProcesses(of: uid) }
    }
    let child = await #expect(processExitsWith: .success) {
        [part = part as String, log = log as String, record = record as String, seconds = timeLimit as Int] in
        // Nothing the child writes goes through a pipe. A pipe needs this process to drain it, and
        // in a parallel run on a loaded machine its threads can all be busy for minutes: a child
        // that wrote a large transcript then stood blocked until its wait limit stopped it (seen in
        // CI beside other builds). So its standard error and output go to `log`, which the test
        // process quotes for a crash, and the transcript to a file of its own, both opened before
        // the part's user (who could not open them) takes over.
        let descriptor = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor >= 0 {
            dup2(descriptor, STDERR_FILENO)
            dup2(descriptor, STDOUT_FILENO)
        }
        let transcriptFile = open(record, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        confineChild(part: part, timeLimit: seconds)
        let transcript = Transcript()
        try? Transcript.$current.withValue(transcript) { try partChecks[part]?() }
        // Written only once the checks have returned: code that ends the process earlier
        // leaves no transcript.
        if transcriptFile >= 0 {
            try? FileHandle(fileDescriptor: transcriptFile, closeOnDealloc: true).write(contentsOf: Data(("\n" + transcript.line + "\n").utf8))
        }
    }
    guard let child, child.exitStatus == .exitCode(EXIT_SUCCESS) else {
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let explanation = explainAbnormalEnd(part: part, childOutput: output, timeLimit: timeLimit)
        Issue.record(Comment(rawValue: explanation))
        return explanation
    }
    let written = (try? Data(contentsOf: URL(fileURLWithPath: record))) ?? Data()
    guard let transcript = Transcript(childOutput: Array(written)) else {
        let explanation = "Exercise \(part) ended before its checks finished: the process exited normally "
            + "but returned no results. Does the code call exit()? A part passes only when its checks run to the end."
        Issue.record(Comment(rawValue: explanation))
        return explanation
    }
    do {
        try Transcript.$current.withValue(transcript) { try check() }
        guard transcript.isExhausted else {
            throw TranscriptMismatch(description: "the child's results hold more values than the checks asked for")
        }
    } catch {
        let explanation = "Exercise \(part)'s results could not be read back from its process (\(error)); "
            + "the part is not passed."
        Issue.record(Comment(rawValue: explanation))
        return explanation
    }
    return nil
}

/// What to tell the learner when the child process did not exit normally.
func explainAbnormalEnd(part: String, childOutput: String, timeLimit: Int) -> String {
    if childOutput.contains(timeLimitMarker) {
        return "Exercise \(part) did not finish within \(timeLimit) s of processor time and was stopped: "
            + "look for a loop whose condition never becomes false (EXERCISE_TIME_LIMIT=SECONDS changes the limit)."
    }
    if childOutput.contains(waitLimitMarker) {
        return "Exercise \(part) did not finish within \(partWaitLimit(timeLimit: timeLimit)) s and was stopped, "
            + "though it used little processor time: does it sleep, or wait for input (readLine)?"
    }
    let fatal = childOutput.split(separator: "\n").first { $0.contains("Fatal error") || $0.contains("error:") }
    if let fatal {
        return "Exercise \(part) crashed: \(fatal.trimmingCharacters(in: .whitespaces)). "
            + "The other parts still ran; fix this one and run the tests again."
    }
    return "Exercise \(part) crashed (the process ended with a signal or an error status). The other parts still ran."
        + (childOutput.isEmpty ? "" : " Its last output:\n" + childOutput.suffix(800))
}
