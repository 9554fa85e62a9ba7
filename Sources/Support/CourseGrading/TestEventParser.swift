// Reading Swift Testing's event stream (JSON Lines, written by the test process to a path
// only it is told) into one verdict per exercise part. The console is never read: what a
// part's process prints cannot reach this record. Exercise tests are the functions of the
// suites `ExerciseTests.ExerciseN`, named after their part ("2.3 normal equations"); the
// harness says "not implemented yet", "crashed" or "did not finish" in its messages.
import Foundation

public enum TestEventParser {
    /// The results of the exercise parts in the event stream `text`, by part id. A part
    /// whose test started but never ended (its test process died) is `crashed`.
    public static func parse(_ text: String) -> [String: PartResult] {
        var parts: [String: (id: String, title: String)] = [:]   // by test ID
        var results: [String: PartResult] = [:]
        var started: [String: Double] = [:]
        var issues: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            guard let record = try? JSONDecoder().decode(Record.self, from: Data(line.utf8)) else { continue }
            let payload = record.payload
            if record.kind == "test" {
                guard payload.kind == "function", let id = payload.id, isExerciseTest(id),
                      let name = payload.displayName, let part = partName(name) else { continue }
                parts[id] = part
                continue
            }
            guard record.kind == "event", let testID = payload.testID, let part = parts[testID] else { continue }
            var result = results[part.id] ?? PartResult(part: part.id, title: part.title, verdict: .didNotRun)
            switch payload.kind {
            case "testStarted":
                started[part.id] = payload.instant?.absolute
                result.verdict = .crashed
                result.message = "the test process ended before this part's checks finished"
            case "issueRecorded" where payload.issue?.isKnown != true:
                let message = payload.comments?.first { !$0.isEmpty }
                    ?? payload.messages?.first { $0.symbol == "fail" }?.text ?? "an issue was recorded"
                if issues[part.id, default: 0] == 0 || (result.hasGenericMessage && payload.comments?.isEmpty == false) {
                    result.message = message
                }
                issues[part.id, default: 0] += 1
            case "valueAttached" where payload.attachment?.preferredName == "note.txt":
                // A note the test process attached beside the verdict (exercise 10's speeds).
                if let bytes = payload.attachment?.bytes, let data = Data(base64Encoded: bytes) {
                    result.note = String(decoding: data, as: UTF8.self)
                }
            case "testEnded":
                if let start = started[part.id], let end = payload.instant?.absolute { result.seconds = end - start }
                result.verdict = issues[part.id, default: 0] == 0 ? .passed : classify(result.message ?? "")
                if result.verdict == .passed { result.message = nil }
            default:
                break
            }
            results[part.id] = result
        }
        return results
    }

    /// Only the course's own exercise suites count, never a test a submission declares.
    static func isExerciseTest(_ id: String) -> Bool {
        let prefix = "ExerciseTests.Exercise"
        guard id.hasPrefix(prefix), let slash = id.firstIndex(of: "/") else { return false }
        return Int(id[id.index(id.startIndex, offsetBy: prefix.count)..<slash]) != nil
    }

    /// The kind of failure a harness message describes.
    static func classify(_ message: String) -> Verdict {
        if message.contains("is not implemented yet") { return .notStarted }
        if message.contains("did not finish within") { return .timedOut }
        if message.contains("crashed") || message.contains(".signal(") || message.contains("ended before") {
            return .crashed
        }
        return .failing
    }

    /// (part, title) of a display name "2.3 normal equations".
    static func partName(_ name: String) -> (id: String, title: String)? {
        guard let space = name.firstIndex(of: " ") else { return nil }
        let id = String(name[..<space])
        let pieces = id.split(separator: ".")
        guard pieces.count == 2, Int(pieces[0]) != nil, Int(pieces[1]) != nil else { return nil }
        return (id, String(name[name.index(after: space)...]))
    }

    /// The fields of an event-stream record that the verdicts need.
    struct Record: Decodable {
        var kind: String
        var payload: Payload
    }

    struct Payload: Decodable {
        var kind: String?
        var id: String?
        var displayName: String?
        var testID: String?
        var instant: Instant?
        var comments: [String]?
        var messages: [Message]?
        var issue: Issue?
        var attachment: Attachment?

        enum CodingKeys: String, CodingKey {
            case kind, id, displayName, testID, instant, messages, issue, attachment
            case comments = "_comments"
        }
    }

    struct Attachment: Decodable {
        var bytes: String?
        var preferredName: String?
        enum CodingKeys: String, CodingKey {
            case bytes = "_bytes"
            case preferredName = "_preferredName"
        }
    }

    struct Instant: Decodable { var absolute: Double }
    struct Message: Decodable { var symbol: String; var text: String }
    struct Issue: Decodable { var isKnown: Bool? }
}

private extension PartResult {
    /// An exit test's own "Expectation failed: .success → …" gives way to the harness's words.
    var hasGenericMessage: Bool { message?.hasPrefix("Expectation failed") ?? true }
}
