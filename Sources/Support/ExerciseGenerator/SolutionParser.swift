// Reads the exercise regions of one solutions file.
//
// A region is
//
//     // EXERCISE N.k: title           <- the header: consecutive `//` lines...
//     // Formula: ...                  <- fields: Formula, Shapes, Hint (one each), Stub (one or more)
//     //   continued                   <- a field goes on over lines of `//` and two or more spaces
//     // any other comment             <- kept in the learner's file
//     // BEGIN SOLUTION                <- ...up to this marker
//     code
//     // END SOLUTION

/// The markers and field names of a region.
enum Marker {
    static let begin = "// BEGIN SOLUTION"
    static let end = "// END SOLUTION"
    static let yourCode = "// Your code goes here, in place of the placeholder below."
}

/// A header field.
enum Field: String, CaseIterable {
    case formula = "Formula", shapes = "Shapes", hint = "Hint", stub = "Stub"

    /// Fields left out of the learner's file.
    var isHidden: Bool { self == .hint || self == .stub }
}

/// One exercise region of a file, with the line numbers (0-based) the generator needs.
struct Region: Sendable {
    var part: ExercisePart
    /// 0-based index of the `// EXERCISE` line.
    var headerStart: Int
    /// 0-based indices of the header lines kept in the learner's file.
    var keptHeaderLines: [Int]
    /// 0-based index of the `// END SOLUTION` line.
    var end: Int
    /// `"\r"` for a file with CRLF line ends, so generated lines match the others.
    var carriageReturn: String
}

/// A parsed solutions file.
struct SolutionFile: Sendable {
    /// Relative to the solutions folder.
    var path: String
    /// The file's lines (split at `\n`; a final newline gives a last empty element).
    var lines: [String]
    var regions: [Region]
}

enum SolutionParser {
    /// Parses `source`, the contents of `path` (relative to the solutions folder), collecting the
    /// problems found in `diagnostics` (whose file names are `displayPath`).
    ///
    /// - Parameter chapter: The number NN of the chapter folder `NN-slug` the file is in, if any.
    static func parse(source: String, path: String, displayPath: String, chapter: Int?,
                      diagnostics: inout [Diagnostic]) -> SolutionFile {
        let lines = splitLines(source)
        var regions: [Region] = []
        func report(_ index: Int, _ message: String) {
            diagnostics.append(Diagnostic(file: displayPath, line: index + 1, message: message))
        }

        var index = 0
        scan: while index < lines.count {
            let text = trimmed(lines[index])
            if text == Marker.begin {
                report(index, "stray `\(Marker.begin)`: it must follow the header of an `// EXERCISE N.k: title` line")
                index += 1
                continue
            }
            if text == Marker.end {
                report(index, "stray `\(Marker.end)`: there is no open `\(Marker.begin)` before it")
                index += 1
                continue
            }
            guard isExerciseLine(text) else {
                index += 1
                continue
            }

            // The header: the EXERCISE line and the consecutive comment lines after it.
            let headerStart = index
            var cursor = index + 1
            while cursor < lines.count {
                let line = trimmed(lines[cursor])
                guard line.hasPrefix("//"), line != Marker.begin, line != Marker.end,
                      !isExerciseLine(line) else { break }
                cursor += 1
            }
            let label = exerciseLabel(text)
            guard cursor < lines.count, trimmed(lines[cursor]) == Marker.begin else {
                report(headerStart, "\(label) has no `\(Marker.begin)`: its header of `//` lines must run straight up to that marker")
                index = cursor
                continue
            }
            let begin = cursor

            // The solution, up to END; no region may start inside it.
            cursor = begin + 1
            while cursor < lines.count {
                let line = trimmed(lines[cursor])
                if line == Marker.end { break }
                if line == Marker.begin || isExerciseLine(line) {
                    report(cursor, "nested region: `\(line)` inside the solution of \(label) (line \(headerStart + 1)); "
                        + "close that one with `\(Marker.end)` first")
                    break scan
                }
                cursor += 1
            }
            guard cursor < lines.count else {
                report(begin, "`\(Marker.begin)` of \(label) has no `\(Marker.end)`")
                break scan
            }
            let end = cursor
            index = end + 1

            if let region = makeRegion(lines: lines, headerStart: headerStart, begin: begin, end: end,
                                       path: path, chapter: chapter, report: report) {
                regions.append(region)
            }
        }
        return SolutionFile(path: path, lines: lines, regions: regions)
    }

    /// Reads the header of a well-delimited region; `nil` if it has problems (reported).
    private static func makeRegion(lines: [String], headerStart: Int, begin: Int, end: Int,
                                   path: String, chapter folderChapter: Int?,
                                   report: (Int, String) -> Void) -> Region? {
        let headerLine = lines[headerStart]
        guard let (chapter, number, title) = parseExerciseLine(trimmed(headerLine)) else {
            report(headerStart, "malformed header `\(trimmed(headerLine))`: write `// EXERCISE N.k: title`, "
                + "with N and k integers and a title")
            return nil
        }
        let id = "\(chapter).\(number)"
        var isValid = true
        if let folderChapter {
            if folderChapter != chapter {
                report(headerStart, "part \(id) is in the folder of chapter \(folderChapter), which holds parts "
                    + "\(folderChapter).k only: renumber it or move it")
                isValid = false
            }
        } else {
            report(headerStart, "part \(id) is not in a chapter folder: exercise files live in `NN-slug/` folders")
            isValid = false
        }

        var values: [Field: [String]] = [:]
        var stub: [String] = []
        var notes: [String] = []
        var kept = [headerStart]
        var current: Field?
        for index in (headerStart + 1)..<begin {
            let content = String(trimmed(lines[index]).dropFirst(2))  // after "//"
            let leadingSpaces = content.prefix(while: { $0 == " " || $0 == "\t" }).count
            if let field = current, leadingSpaces >= 2 {
                // A continuation line of the current field.
                let text = trimmed(content)
                if field == .stub { stub.append(text) } else { values[field, default: []].append(text) }
                if !field.isHidden { kept.append(index) }
                continue
            }
            if let (field, value) = fieldLine(content) {
                if field != .stub, values[field] != nil {
                    report(index, "\(field.rawValue): appears twice in the header of EXERCISE \(id)")
                    isValid = false
                }
                current = field
                if field == .stub {
                    stub.append(value)
                } else {
                    values[field, default: []].append(trimmed(value))
                }
                if !field.isHidden { kept.append(index) }
                continue
            }
            current = nil
            notes.append(trimmed(content))
            kept.append(index)
        }

        func text(_ field: Field) -> String {
            (values[field] ?? []).joined(separator: "\n").trimmingNewlinesAndSpaces()
        }
        var missing = Field.allCases.filter { $0 != .stub && text($0).isEmpty }.map(\.rawValue)
        while stub.last?.isEmpty == true { stub.removeLast() }
        if stub.isEmpty { missing.append(Field.stub.rawValue) }
        if !missing.isEmpty {
            let list = missing.map { "`// \($0):`" }.joined(separator: ", ")
            report(headerStart, "EXERCISE \(id) lacks the required field\(missing.count > 1 ? "s" : "") \(list) "
                + "(every part has Formula, Shapes, Hint and Stub)")
            isValid = false
        }
        guard isValid else { return nil }

        let indentation = String(headerLine.prefix(while: { $0 == " " || $0 == "\t" }))
        let part = ExercisePart(
            chapter: chapter, number: number, title: title,
            formula: text(.formula), shapes: text(.shapes), hint: text(.hint), stub: stub, notes: notes,
            solution: Array(lines[(begin + 1)..<end]), indentation: indentation,
            file: path, line: headerStart + 1)
        return Region(part: part, headerStart: headerStart, keptHeaderLines: kept, end: end,
                      carriageReturn: headerLine.hasSuffix("\r") ? "\r" : "")
    }

    // MARK: - Lines

    /// The lines of `text`, split at every `\n` (a final newline gives a last empty line).
    /// The split is on Unicode scalars, not characters, where `\r\n` is one character: the lines
    /// of a CRLF file keep their `\r`.
    static func splitLines(_ text: String) -> [String] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
    }

    /// Without leading and trailing whitespace (and the `\r` of CRLF files).
    static func trimmed<S: StringProtocol>(_ line: S) -> String {
        String(line).trimmingNewlinesAndSpaces()
    }

    /// Whether a trimmed line is meant as an `// EXERCISE` header, well-formed or not.
    static func isExerciseLine(_ text: String) -> Bool {
        guard text.hasPrefix("//") else { return false }
        let rest = text.dropFirst(2).drop(while: { $0 == " " || $0 == "\t" })
        guard rest.hasPrefix("EXERCISE") else { return false }
        let after = rest.dropFirst("EXERCISE".count).first
        return after == nil || after == " " || after == ":" || after?.isNumber == true
    }

    /// `(N, k, title)` of a well-formed `// EXERCISE N.k: title`.
    static func parseExerciseLine(_ text: String) -> (chapter: Int, number: Int, title: String)? {
        guard text.hasPrefix("// EXERCISE ") else { return nil }
        let rest = text.dropFirst("// EXERCISE ".count)
        guard let colon = rest.firstIndex(of: ":") else { return nil }
        let numbers = rest[..<colon].split(separator: ".", omittingEmptySubsequences: false)
        guard numbers.count == 2,
              numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let chapter = Int(numbers[0]), let number = Int(numbers[1]) else { return nil }
        let title = trimmed(rest[rest.index(after: colon)...])
        guard !title.isEmpty else { return nil }
        return (chapter, number, title)
    }

    /// `(field, value)` if `content` (a comment after its `//`) is ` Field: value`. The value keeps
    /// the spaces after the first one, so that `// Stub:     code` can indent its code.
    static func fieldLine(_ content: String) -> (Field, String)? {
        let body = content.drop(while: { $0 == " " || $0 == "\t" })
        for field in Field.allCases where body.hasPrefix(field.rawValue + ":") {
            var value = body.dropFirst(field.rawValue.count + 1)
            if value.first == " " { value = value.dropFirst() }
            var text = String(value)
            while text.last?.isWhitespace == true { text.removeLast() }
            return (field, text)
        }
        return nil
    }

    /// `EXERCISE N.k` for messages, or the line itself if it is malformed.
    private static func exerciseLabel(_ text: String) -> String {
        if let (chapter, number, _) = parseExerciseLine(text) { return "EXERCISE \(chapter).\(number)" }
        return "`\(text)`"
    }
}

extension String {
    func trimmingNewlinesAndSpaces() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
        while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
