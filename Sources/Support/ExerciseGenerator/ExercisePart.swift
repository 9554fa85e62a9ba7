// The parts of the course that learners write, as marked in the reference solutions.

/// One exercise part: a region of a solutions file marked `// EXERCISE N.k: title`.
///
///     // EXERCISE 2.1: mean squared error
///     // Formula: L = (1/n) Σᵢ (ŷᵢ − yᵢ)²
///     // Shapes: predictions [n], targets [n] → a scalar
///     // Hint: subtract, square element-wise, then average;
///     //   the engine's `mean()` divides by the count for you.
///     // Stub: return notImplemented("2.1", placeholder: 0)
///     // BEGIN SOLUTION
///     let residual = predictions - targets
///     return (residual * residual).mean()
///     // END SOLUTION
public struct ExercisePart: Sendable, Equatable, Hashable {
    /// `"N.k"`, e.g. `"2.1"`.
    public var id: String { "\(chapter).\(number)" }
    /// N: the chapter, which is also the number of the folder `NN-slug` the file is in.
    public var chapter: Int
    /// k: the part within the chapter.
    public var number: Int
    /// The text after `EXERCISE N.k:`.
    public var title: String
    /// The `Formula:` field; a field continued over several lines has one line per `\n`.
    public var formula: String
    /// The `Shapes:` field.
    public var shapes: String
    /// The `Hint:` field, kept out of the learner's file.
    public var hint: String
    /// The code of the `Stub:` lines, one element per line, without the region's indentation.
    public var stub: [String]
    /// The other comment lines of the header (without `//`), kept in the learner's file.
    public var notes: [String]
    /// The lines between `// BEGIN SOLUTION` and `// END SOLUTION`, verbatim.
    public var solution: [String]
    /// The indentation of the region's lines (that of the `// EXERCISE` line).
    public var indentation: String
    /// The file's path relative to the solutions folder, e.g. `02-linear-regression/Loss.swift`;
    /// the learner's copy has the same path relative to the exercises folder.
    public var file: String
    /// The 1-based line of `// EXERCISE N.k` in the solutions file.
    public var line: Int

    public init(chapter: Int, number: Int, title: String, formula: String, shapes: String,
                hint: String, stub: [String], notes: [String] = [], solution: [String],
                indentation: String = "", file: String, line: Int) {
        self.chapter = chapter
        self.number = number
        self.title = title
        self.formula = formula
        self.shapes = shapes
        self.hint = hint
        self.stub = stub
        self.notes = notes
        self.solution = solution
        self.indentation = indentation
        self.file = file
        self.line = line
    }

    /// Orders parts by chapter, then part number (2.9 before 2.10).
    public static func precedes(_ lhs: ExercisePart, _ rhs: ExercisePart) -> Bool {
        (lhs.chapter, lhs.number) < (rhs.chapter, rhs.number)
    }
}

/// A problem in a solutions file, at a line of it: `solutions/02-x/Loss.swift:12: error: ...`.
public struct Diagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    /// The file as shown: the solutions folder's name, then the path inside it.
    public var file: String
    /// 1-based; `nil` for a problem with the file or folder as a whole.
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: error: message`, as compilers write it, so editors can jump there.
    public var description: String {
        if let line { return "\(file):\(line): error: \(message)" }
        return "\(file): error: \(message)"
    }
}

/// The solutions could not be turned into exercises; `diagnostics` tells every reason found.
public struct GeneratorError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// How the exercises folder differs from what the solutions generate.
public enum Difference: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file exists but its contents are not the generated ones.
    case changed(String)
    /// The file is generated but does not exist.
    case missing(String)
    /// A `.swift` file of the exercises folder with no counterpart in the solutions folder.
    case extra(String)

    /// The path relative to the exercises folder.
    public var path: String {
        switch self {
        case .changed(let path), .missing(let path), .extra(let path): path
        }
    }

    public var description: String {
        switch self {
        case .changed(let path): "changed: \(path)"
        case .missing(let path): "missing: \(path)"
        case .extra(let path): "extra:   \(path) (no solutions counterpart)"
        }
    }
}

/// What `StubGenerator.write(to:)` did to one file of the exercises folder.
public enum FileChange: Sendable, Equatable, Hashable, CustomStringConvertible {
    case created(String)
    case updated(String)
    /// A generated `.swift` file whose solutions counterpart is gone.
    case removed(String)
    /// An extra `.swift` file that was not generated (it lacks the generated header): left alone.
    case keptExtra(String)

    /// The path relative to the exercises folder.
    public var path: String {
        switch self {
        case .created(let path), .updated(let path), .removed(let path), .keptExtra(let path): path
        }
    }

    public var description: String {
        switch self {
        case .created(let path): "created: \(path)"
        case .updated(let path): "updated: \(path)"
        case .removed(let path): "removed: \(path)"
        case .keptExtra(let path): "kept:    \(path) (not generated and has no solutions counterpart: remove it by hand)"
        }
    }
}
