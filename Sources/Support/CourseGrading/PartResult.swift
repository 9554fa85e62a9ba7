// What the course tool says about one exercise part.

/// The verdict on one exercise part. Only `passed` counts as passed: a part whose run
/// died, timed out or never ran is never counted as passed.
public enum Verdict: String, Codable, Sendable, CaseIterable {
    case passed
    case notStarted = "not started"
    case failing
    case crashed
    case timedOut = "timed out"
    case didNotRun = "did not run"
    case doesNotCompile = "does not compile"
    case emptySubmission = "empty submission"
    /// Screened out before the build, or caught changing the course's files.
    case refused

    /// ✔ for a pass, ○ for not started, ✘ otherwise.
    public var symbol: String {
        switch self {
        case .passed: "✔"
        case .notStarted: "○"
        default: "✘"
        }
    }
}

/// One part's verdict, with the first failure message, the time its test took and any note.
public struct PartResult: Codable, Sendable, Equatable {
    public var part: String
    public var title: String
    public var verdict: Verdict
    public var message: String?
    public var seconds: Double?
    /// What the checks said beside the verdict, never part of it: exercise 10's speeds.
    public var note: String?

    public init(part: String, title: String, verdict: Verdict, message: String? = nil, seconds: Double? = nil,
                note: String? = nil) {
        self.part = part
        self.title = title
        self.verdict = verdict
        self.message = message
        self.seconds = seconds
        self.note = note
    }
}
