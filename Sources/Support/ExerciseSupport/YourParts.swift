// `--mine`: a chapter demo that runs the learner's exercise code says which parts it runs,
// and stops before any work while one of them is still a stub.

/// The exercise parts a chapter's `--mine` run uses.
public struct YourParts: Sendable {
    /// The exercise (chapter) number.
    public let exercise: Int
    /// Each part's id and what it is, as in ("4.1", "Linear backward").
    public let parts: [(id: String, title: String)]
    /// The learner's file, relative to the course's root.
    public let file: String

    public init(exercise: Int, parts: [(id: String, title: String)], file: String) {
        self.exercise = exercise
        self.parts = parts
        self.file = file
    }

    /// "Using your 4.1 Linear backward, 4.2 ReLU backward (exercise 4)."
    public var announcement: String {
        "Using your " + parts.map { "\($0.id) \($0.title)" }.joined(separator: ", ") + " (exercise \(exercise))."
    }

    /// Runs `probe`, which calls every part once on a small input, and throws if a stub ran.
    public func requireImplemented(chapter: String, probe: () throws -> Void) throws {
        StubRegistry.resetAll()
        try probe()
        let stubs = StubRegistry.calledParts()
        guard stubs.isEmpty else {
            let named = parts.filter { stubs.contains($0.id) }.map { "\($0.id) (\($0.title))" }
            throw NotImplementedYet(description: "--mine runs your exercise \(exercise) code, but "
                + named.joined(separator: ", ") + (named.count == 1 ? " is" : " are") + " not implemented yet: write "
                + (named.count == 1 ? "it" : "them") + " in \(file), check with `swift run course check \(exercise)`, "
                + "then run `swift run \(chapter) --mine` again.")
        }
    }
}

/// Why a `--mine` run cannot start: parts it needs are still stubs.
public struct NotImplementedYet: Error, CustomStringConvertible {
    public let description: String
}
