// The limits a part's child process sets on itself before any learner's code runs: a
// time limit, a memory limit, no core files, and, when the course tool grades as root,
// an unprivileged user of its own, so the child cannot reach the test process, the
// course's files, another part or another submission; and the sweep that ends whatever
// processes that user left behind.
import Foundation

/// Printed by the child when it has used its processor time.
let timeLimitMarker = "exercise part stopped: time limit reached"
/// Printed by the child when it has waited, using little processor time, far past its limit.
let waitLimitMarker = "exercise part stopped: waited too long"

/// Wall-clock seconds a part may take, however little processor time it uses: a backstop for
/// code that sleeps or waits for input. Generous, because on a loaded machine (CI, a class
/// graded at once) a part can wait for a processor many times longer than it computes.
func partWaitLimit(timeLimit seconds: Int) -> Int { 5 * seconds + 60 }

/// Megabytes of address space a part may use: 4096, or `EXERCISE_MEMORY_LIMIT_MB`.
let partMemoryLimit: Int = Int(ProcessInfo.processInfo.environment["EXERCISE_MEMORY_LIMIT_MB"] ?? "") ?? 4096

/// Sets every limit of the child that checks `part`, in the child, before the checks run.
func confineChild(part: String, timeLimit seconds: Int) {
    armTimeLimit(seconds: seconds)
    // If the learner's code turns the timers off, the kernel's processor-time limit still ends it.
    setLimit(RLIMIT_CPU, to: UInt(seconds) + 5)
    setLimit(RLIMIT_CORE, to: 0)
    setLimit(RLIMIT_AS, to: UInt(partMemoryLimit) << 20)
    if let uid = sandboxUser(for: part) { become(uid) }
}

/// Makes the process print `timeLimitMarker` and exit once it has used `seconds` of processor
/// time, or `waitLimitMarker` once `partWaitLimit` seconds have passed on the clock.
/// Processor time, not the clock, is the limit, so a part that computes is judged the same on
/// an idle laptop and on a machine busy with other work.
func armTimeLimit(seconds: Int) {
    // A parent may have started this process with signals blocked (Foundation's Process
    // does); a blocked signal would never stop the part, so unblock both first.
    var timerSignals = sigset_t()
    sigemptyset(&timerSignals)
    sigaddset(&timerSignals, SIGPROF)
    sigaddset(&timerSignals, SIGALRM)
    sigprocmask(SIG_UNBLOCK, &timerSignals, nil)
    signal(SIGPROF) { _ in
        timeLimitMarker.withCString { text in _ = write(STDERR_FILENO, text, strlen(text)) }
        _exit(124)
    }
    signal(SIGALRM) { _ in
        waitLimitMarker.withCString { text in _ = write(STDERR_FILENO, text, strlen(text)) }
        _exit(124)
    }
    // ITIMER_PROF counts the processor time of every thread of the process.
    var timer = itimerval(it_interval: timeval(tv_sec: 0, tv_usec: 0),
                          it_value: timeval(tv_sec: max(seconds, 1), tv_usec: 0))
    setitimer(__itimer_which_t(ITIMER_PROF.rawValue), &timer, nil)
    alarm(UInt32(partWaitLimit(timeLimit: max(seconds, 1))))
}

/// Lowers both the soft and the hard limit, so the learner's code cannot raise them again.
private func setLimit(_ resource: __rlimit_resource, to value: UInt) {
    var limit = rlimit(rlim_cur: rlim_t(value), rlim_max: rlim_t(value))
    setrlimit(__rlimit_resource_t(resource.rawValue), &limit)
}

/// When the course tool grades as root it names a first unprivileged user id in
/// `EXERCISE_SANDBOX_UID`; part N.k's child becomes that id + 100 N + k, a user of its own
/// that owns no file and no other process. Nil when not grading as root.
func sandboxUser(for part: String) -> uid_t? {
    guard let text = ProcessInfo.processInfo.environment["EXERCISE_SANDBOX_UID"], let base = UInt32(text),
          geteuid() == 0 else { return nil }
    let numbers = part.split(separator: ".").compactMap { UInt32($0) }
    return base + (numbers.count == 2 ? 100 * numbers[0] + numbers[1] : 999)
}

/// Switches the child to `uid`, so it can neither signal the test process nor open its
/// files, and may start only a few processes of its own.
private func become(_ uid: uid_t) {
    setLimit(__RLIMIT_NPROC, to: 256)
    setLimit(RLIMIT_FSIZE, to: 64 << 20)
    guard setgroups(0, nil) == 0, setgid(uid) == 0, setuid(uid) == 0, getuid() == uid, geteuid() == uid else {
        // Never run a submission's code with more rights than asked for.
        _exit(125)
    }
}

/// Kills every process of `uid`: what a part's child left behind (a process it started to
/// outlive it would otherwise hold the test process waiting on its output).
func killProcesses(of uid: uid_t) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return }
    for entry in entries {
        guard let pid = pid_t(entry),
              let status = try? String(contentsOfFile: "/proc/\(entry)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Uid:") }),
              line.split(whereSeparator: { $0 == "\t" || $0 == " " }).dropFirst().first == Substring("\(uid)") else { continue }
        kill(pid, SIGKILL)
    }
}
