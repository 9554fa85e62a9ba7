// Hints for a learner edition, which has no solutions/ to read them from.
import ExerciseGenerator
import Foundation

/// One part's hint, as stored in a learner edition's exercises/hints.json.
public struct PartHint: Codable, Sendable, Equatable {
    public var part: String
    public var title: String
    public var formula: String
    public var shapes: String
    public var hint: String

    public init(part: String, title: String, formula: String, shapes: String, hint: String) {
        self.part = part
        self.title = title
        self.formula = formula
        self.shapes = shapes
        self.hint = hint
    }

    /// The hint of a part parsed from solutions/.
    public init(_ part: ExercisePart) {
        self.init(part: part.id, title: part.title, formula: part.formula, shapes: part.shapes, hint: part.hint)
    }

    /// The file name, inside exercises/.
    public static let fileName = "hints.json"

    /// The hints stored in `exercisesDirectory`, if the file is there.
    public static func load(from exercisesDirectory: URL) throws -> [PartHint]? {
        let url = exercisesDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        return try JSONDecoder().decode([PartHint].self, from: Data(contentsOf: url))
    }

    /// The solution lines (longer than a trivial `return x`) that `hint` quotes word for
    /// word: a hint may name a function, but must not give a solution's code away.
    public static func leakedLines(hint: String, solution: [String]) -> [String] {
        let flat = hint.replacingOccurrences(of: "\n", with: " ")
        return solution.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.count > 24 && flat.contains($0) }
    }
}
