// The exercise parts a copy of exercises/ contains, read from their `// EXERCISE N.k: title`
// headers, so the tool works on a learner's folder or a submission without solutions/.
import ExerciseGenerator
import Foundation

/// One exercise part found in a learner's files.
public struct CatalogPart: Sendable, Equatable {
    public var id: String
    public var chapter: Int
    public var title: String
    /// The file, relative to the exercises folder, and the header's line (from 1).
    public var file: String
    public var line: Int
}

public enum ExerciseCatalog {
    /// Every `// EXERCISE N.k: title` header in the `.swift` files under `directory`, in
    /// chapter and part order.
    public static func parts(in directory: URL) throws -> [CatalogPart] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        var parts: [CatalogPart] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let relative = String(url.path.dropFirst(directory.path.count).drop { $0 == "/" })
            let text = try String(contentsOf: url, encoding: .utf8)
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let part = header(String(line)) else { continue }
                parts.append(CatalogPart(id: part.id, chapter: part.chapter, title: part.title, file: relative, line: index + 1))
            }
        }
        return parts.sorted { ($0.chapter, number($0.id)) < ($1.chapter, number($1.id)) }
    }

    /// Why `given`, the exercise number a command was given, names none of the `exercises`
    /// in `folder` (their numbers, as the chapters of its parts); nil when it is one number that names one.
    public static func exerciseNumberProblem(_ given: [String], exercises: [Int], folder: String) -> String? {
        let exercises = Array(Set(exercises)).sorted()
        guard !exercises.isEmpty else {
            return "\(folder) holds no exercise parts: run this in the course's root folder or pass --root"
        }
        guard given.count == 1 else {
            return given.isEmpty ? "give an exercise number, as in 2"
                : "give one exercise number, as in 2, not \(given.joined(separator: " "))"
        }
        guard let number = Int(given[0]), exercises.contains(number) else {
            return "there is no exercise \(given[0]); the exercise number must be between \(exercises.first!) and "
                + "\(exercises.last!): the exercises in \(folder) are \(exercises.map(String.init).joined(separator: ", "))"
        }
        return nil
    }

    /// (id, chapter, title) of a header line `// EXERCISE 2.3: normal equations`.
    static func header(_ line: String) -> (id: String, chapter: Int, title: String)? {
        ExerciseHeader.parse(line)
    }

    private static func number(_ id: String) -> Int { Int(id.split(separator: ".").last ?? "") ?? 0 }
}
