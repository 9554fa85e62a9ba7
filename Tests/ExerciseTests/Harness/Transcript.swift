// A part's checks run twice. In a child process the learner's functions are called and
// everything they return is written down: the transcript. Back in the test process the
// same checks run again and read those values from the transcript instead of calling the
// learner's code, and only this second run records issues. So the verdict is reached
// where the learner's code never runs: a part that exits early, kills its process or
// prints a fake "passed" line leaves no transcript, or one whose values are judged like
// any others.
import ExerciseSupport
import Foundation
import Training

/// One value the learner's code returned, stored exactly (Floats by their bit patterns,
/// so NaN and infinity survive the trip).
enum Recorded: Codable, Equatable {
    case tensor(shape: [Int], bits: [UInt32])
    case number(UInt32)
    case integer(Int)
    case flag(Bool)
    case list([Recorded])
    case text(String)
    /// The learner's function threw this error (its description).
    case thrown(String)
    /// The exercise parts whose stubs had run when the check asked.
    case stubs([String])
}

/// A value that can be written into a transcript and read back unchanged.
protocol Transcribable {
    var recorded: Recorded { get }
    init?(_ recorded: Recorded)
}

extension Tensor: Transcribable {
    var recorded: Recorded { .tensor(shape: shape, bits: scalars.map(\.bitPattern)) }
    init?(_ recorded: Recorded) {
        guard case let .tensor(shape, bits) = recorded, shape.allSatisfy({ $0 >= 0 }),
              shape.reduce(1, *) == bits.count else { return nil }
        self.init(shape: shape, scalars: bits.map(Float.init(bitPattern:)))
    }
}

extension Float: Transcribable {
    var recorded: Recorded { .number(bitPattern) }
    init?(_ recorded: Recorded) {
        guard case let .number(bits) = recorded else { return nil }
        self.init(bitPattern: bits)
    }
}

extension Int: Transcribable {
    var recorded: Recorded { .integer(self) }
    init?(_ recorded: Recorded) {
        guard case let .integer(value) = recorded else { return nil }
        self = value
    }
}

extension Bool: Transcribable {
    var recorded: Recorded { .flag(self) }
    init?(_ recorded: Recorded) {
        guard case let .flag(value) = recorded else { return nil }
        self = value
    }
}

extension String: Transcribable {
    var recorded: Recorded { .text(self) }
    init?(_ recorded: Recorded) {
        guard case let .text(value) = recorded else { return nil }
        self = value
    }
}

extension Array: Transcribable where Element: Transcribable {
    var recorded: Recorded { .list(map(\.recorded)) }
    init?(_ recorded: Recorded) {
        guard case let .list(items) = recorded else { return nil }
        let values = items.compactMap(Element.init)
        guard values.count == items.count else { return nil }
        self = values
    }
}

/// The learner's function threw; `description` is its error.
struct LearnerThrew: Error, CustomStringConvertible {
    let description: String
}

/// The transcript did not hold what the checks asked for next: the child stopped early or
/// its output was forged.
struct TranscriptMismatch: Error, CustomStringConvertible {
    let description: String
}

/// The values the learner's code returned during one run of a part's checks.
final class Transcript: @unchecked Sendable {
    enum Mode { case recording, replaying }

    /// The transcript of the checks running on this task, if any.
    @TaskLocal static var current: Transcript?

    /// How the child marks the line that carries the transcript on its standard output.
    static let marker = "exercise-transcript:"

    let mode: Mode
    private(set) var entries: [Recorded]
    private var cursor = 0

    /// An empty transcript, to record into.
    init() {
        mode = .recording
        entries = []
    }

    /// The transcript the child wrote to its transcript file, `output` (its last marked line), to replay.
    init?(childOutput output: [UInt8]) {
        let text = String(decoding: output, as: UTF8.self)
        guard let line = text.split(separator: "\n").last(where: { $0.hasPrefix(Self.marker) }),
              let data = Data(base64Encoded: String(line.dropFirst(Self.marker.count))),
              let entries = try? JSONDecoder().decode([Recorded].self, from: data) else { return nil }
        mode = .replaying
        self.entries = entries
    }

    /// The marked line that carries this transcript.
    var line: String {
        Self.marker + ((try? JSONEncoder().encode(entries))?.base64EncodedString() ?? "")
    }

    /// True once a replay has read every entry.
    var isExhausted: Bool { cursor == entries.count }

    /// Records what `produce` returns (recording), or returns the next entry (replaying).
    func exchange(_ what: String, _ produce: () throws -> Recorded) throws -> Recorded {
        switch mode {
        case .recording:
            let value: Recorded
            do { value = try produce() } catch { value = .thrown(String(describing: error)) }
            entries.append(value)
            if case let .thrown(description) = value { throw LearnerThrew(description: description) }
            return value
        case .replaying:
            guard cursor < entries.count else {
                throw TranscriptMismatch(description: "the child's results end before \(what)")
            }
            let value = entries[cursor]
            cursor += 1
            if case let .thrown(description) = value { throw LearnerThrew(description: description) }
            return value
        }
    }
}

extension Part {
    /// True in the child, where the learner's code runs and nothing is judged.
    var isRecording: Bool { Transcript.current?.mode == .recording }

    /// Calls the learner's code (in the child) or reads back what it returned (in the test
    /// process). Every call of a learner's function in a check goes through here.
    func learner<Value: Transcribable>(_ call: () throws -> Value) throws -> Value {
        guard let transcript = Transcript.current else { return try call() }
        let entry = try transcript.exchange("a result of \(function)") { try call().recorded }
        guard let value = Value(entry) else {
            throw TranscriptMismatch(description: "the child's results hold \(entry) where \(Value.self) was expected")
        }
        return value
    }

    func learner<A: Transcribable, B: Transcribable>(_ call: () throws -> (A, B)) throws -> (A, B) {
        let list = try learner { () throws -> [Recorded] in let (a, b) = try call(); return [a.recorded, b.recorded] }
        guard list.count == 2, let a = A(list[0]), let b = B(list[1]) else { throw mismatch(list) }
        return (a, b)
    }

    func learner<A: Transcribable, B: Transcribable, C: Transcribable>(_ call: () throws -> (A, B, C)) throws -> (A, B, C) {
        let list = try learner { () throws -> [Recorded] in
            let (a, b, c) = try call()
            return [a.recorded, b.recorded, c.recorded]
        }
        guard list.count == 3, let a = A(list[0]), let b = B(list[1]), let c = C(list[2]) else { throw mismatch(list) }
        return (a, b, c)
    }

    func learner<A: Transcribable, B: Transcribable, C: Transcribable, D: Transcribable>(
        _ call: () throws -> (A, B, C, D)) throws -> (A, B, C, D) {
        let list = try learner { () throws -> [Recorded] in
            let (a, b, c, d) = try call()
            return [a.recorded, b.recorded, c.recorded, d.recorded]
        }
        guard list.count == 4, let a = A(list[0]), let b = B(list[1]), let c = C(list[2]), let d = D(list[3]) else {
            throw mismatch(list)
        }
        return (a, b, c, d)
    }

    private func mismatch(_ list: [Recorded]) -> TranscriptMismatch {
        TranscriptMismatch(description: "the child's results hold \(list.count) values where a tuple was expected")
    }

    /// The exercise parts whose stubs have run so far: read in the child, replayed here.
    func stubsCalled() throws -> [String] {
        let read = { Recorded.stubs(StubRegistry.calledParts()) }
        guard let transcript = Transcript.current else {
            guard case let .stubs(parts) = read() else { return [] }
            return parts
        }
        guard case let .stubs(parts) = try transcript.exchange("the stubs that ran", read) else {
            throw TranscriptMismatch(description: "the child's results do not say which stubs ran")
        }
        return parts
    }
}

/// A recorded value is its own record, so a tuple's values can travel as one list.
extension Recorded: Transcribable {
    var recorded: Recorded { self }
    init?(_ recorded: Recorded) { self = recorded }
}
