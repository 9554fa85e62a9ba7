// The `// EXERCISE N.k: title` line, for tools that read a learner's files (which keep
// the header but have no BEGIN/END region).

public enum ExerciseHeader {
    /// (id "N.k", chapter N, title) of a well-formed header line, with or without indentation.
    public static func parse(_ line: String) -> (id: String, chapter: Int, title: String)? {
        guard let header = SolutionParser.parseExerciseLine(SolutionParser.trimmed(line)) else { return nil }
        return ("\(header.chapter).\(header.number)", header.chapter, header.title)
    }
}
