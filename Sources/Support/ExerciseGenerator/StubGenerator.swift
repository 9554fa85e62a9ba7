// Generates the learner's exercises/ from the reference solutions/.

import Foundation

/// Turns the reference code in `solutions/NN-slug/*.swift` into the learner's stubs in
/// `exercises/NN-slug/*.swift` (same relative paths), plus an index, `exercises/README.md`.
///
/// Each `// EXERCISE N.k` region becomes its header without the `Hint:` and `Stub:` fields, the
/// line `// Your code goes here, in place of the placeholder below.` and the stub's code;
/// everything outside the regions is copied verbatim.
///
///     let generator = try StubGenerator(solutionsDirectory: root.appending(path: "solutions"))
///     let changes = try generator.write(to: root.appending(path: "exercises"))
///     let differences = try generator.check(exercisesDirectory: root.appending(path: "exercises"))
public struct StubGenerator: Sendable {
    /// The name of the generated index in the exercises folder.
    public static let readmeName = "README.md"

    /// The name of the solutions folder, used in messages and generated headers (`solutions`).
    public let solutionsFolderName: String
    /// Every part of every file, ordered by chapter and part number.
    public let parts: [ExercisePart]
    private let files: [SolutionFile]

    /// Reads and checks every `.swift` file under `solutionsDirectory` (hidden files aside).
    ///
    /// - Throws: `GeneratorError` listing every problem found, each with its `file:line`.
    public init(solutionsDirectory: URL) throws {
        let name = solutionsDirectory.lastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: solutionsDirectory.path, isDirectory: &isDirectory),
              isDirectory.boolValue else {
            throw GeneratorError([Diagnostic(file: solutionsDirectory.path, line: nil,
                                             message: "no solutions folder here")])
        }
        var sources: [String: String] = [:]
        for path in try Self.swiftFiles(in: solutionsDirectory) {
            let url = solutionsDirectory.appendingPathComponent(path)
            do {
                sources[path] = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw GeneratorError([Diagnostic(file: "\(name)/\(path)", line: nil,
                                                 message: "cannot be read as UTF-8 text: \(error.localizedDescription)")])
            }
        }
        try self.init(sources: sources, solutionsFolderName: name)
    }

    /// Parses solutions given in memory: `sources` maps paths relative to the solutions folder
    /// (`"02-linear-regression/Loss.swift"`) to their contents.
    ///
    /// - Throws: `GeneratorError` listing every problem found, each with its `file:line`.
    public init(sources: [String: String], solutionsFolderName: String = "solutions") throws {
        self.solutionsFolderName = solutionsFolderName
        var diagnostics: [Diagnostic] = []
        var files: [SolutionFile] = []
        for path in sources.keys.sorted() {
            let displayPath = "\(solutionsFolderName)/\(path)"
            files.append(SolutionParser.parse(source: sources[path]!, path: path, displayPath: displayPath,
                                              chapter: Self.chapterNumber(ofPath: path),
                                              diagnostics: &diagnostics))
        }
        var seen: [String: ExercisePart] = [:]
        for part in files.flatMap({ $0.regions.map(\.part) }) {
            if let first = seen[part.id] {
                diagnostics.append(Diagnostic(
                    file: "\(solutionsFolderName)/\(part.file)", line: part.line,
                    message: "duplicate part id \(part.id): already used at \(solutionsFolderName)/\(first.file):\(first.line)"))
            } else {
                seen[part.id] = part
            }
        }
        guard diagnostics.isEmpty else { throw GeneratorError(diagnostics) }
        self.files = files
        self.parts = files.flatMap { $0.regions.map(\.part) }.sorted(by: ExercisePart.precedes)
    }

    /// Generates the exercises of the `.swift` files under `solutionsDirectory`:
    /// paths relative to the exercises folder mapped to their contents (README.md included).
    public static func generate(solutionsDirectory: URL) throws -> [String: String] {
        try StubGenerator(solutionsDirectory: solutionsDirectory).generate()
    }

    /// The part `"N.k"`, if there is one.
    public func part(_ id: String) -> ExercisePart? {
        parts.first { $0.id == id }
    }

    // MARK: - Generating

    /// The generated files: paths relative to the exercises folder mapped to their contents,
    /// every `.swift` file of the solutions and `README.md`.
    public func generate() -> [String: String] {
        var result: [String: String] = [:]
        var locations: [String: Int] = [:]  // part id → line in the generated file
        for file in files {
            let (text, partLines) = render(file)
            result[file.path] = text
            locations.merge(partLines) { first, _ in first }
        }
        result[Self.readmeName] = readme(exerciseLines: locations)
        return result
    }

    /// The first line of every generated `.swift` file starts with this.
    static let generatedPrefix = "// Your file to complete: generated from "

    /// The learner's version of one file, and the line of each part's header in it.
    private func render(_ file: SolutionFile) -> (text: String, partLines: [String: Int]) {
        let ids = file.regions.map(\.part.id)
        let carriageReturn = file.lines.first?.hasSuffix("\r") == true ? "\r" : ""
        var output = [
            "\(Self.generatedPrefix)\(solutionsFolderName)/\(file.path) by `swift run course generate`."
                + carriageReturn,
            "// The parts for you to write are marked `EXERCISE N.k`: "
                + (ids.isEmpty ? "none in this file." : "here \(ids.joined(separator: ", ")).") + carriageReturn,
            carriageReturn,
        ]

        var partLines: [String: Int] = [:]
        var regions = file.regions[...]
        var index = 0
        while index < file.lines.count {
            guard let region = regions.first, region.headerStart == index else {
                output.append(file.lines[index])
                index += 1
                continue
            }
            regions = regions.dropFirst()
            partLines[region.part.id] = output.count + 1
            output += region.keptHeaderLines.map { file.lines[$0] }
            let indentation = region.part.indentation
            let end = region.carriageReturn
            output.append(indentation + Marker.yourCode + end)
            output += region.part.stub.map { $0.isEmpty ? end : indentation + $0 + end }
            index = region.end + 1
        }
        return (output.joined(separator: "\n"), partLines)
    }

    /// The learner's index of the parts, chapter by chapter.
    private func readme(exerciseLines: [String: Int]) -> String {
        var text = """
            <!-- Generated from \(solutionsFolderName)/ by `swift run course generate`: edit the solutions, not this file. -->

            # Exercises

            This folder is yours. Each `.swift` file in it is a copy of the reference code, with every part
            marked `EXERCISE N.k` cut out: its header gives the formula and the shapes, and a placeholder
            stands where your code goes. Replace the placeholder with your code, then run the tests.
            A header that says "Derive" gives the forward pass and the loss only: work the gradient or
            the update out on paper first, then check it against the chapter's notes.

            - Test the parts of chapter N: `swift test --filter 'ExerciseN$'` (for chapter 2: `swift test --filter 'Exercise2$'`).
            - `swift run course check N` gives one verdict per part (passed, failing, not started, crashed,
              timed out) with the first failure message; `swift run course list` shows every part's status.
            - Stuck on part N.k? `swift run course hint N.k` prints its hint.

            """
        let folders = Set(files.compactMap { Self.chapterFolder(ofPath: $0.path) })
            .filter { Self.chapterNumber(ofFolder: $0) != nil }
            .sorted { (Self.chapterNumber(ofFolder: $0) ?? 0, $0) < (Self.chapterNumber(ofFolder: $1) ?? 0, $1) }
        for folder in folders {
            let chapter = Self.chapterNumber(ofFolder: folder) ?? 0
            let chapterParts = parts.filter { Self.chapterFolder(ofPath: $0.file) == folder }
            text += "\n## Chapter \(chapter): \(Self.title(ofFolder: folder)) (`\(folder)/`)\n\n"
            if chapterParts.isEmpty {
                text += "No parts to write in this chapter.\n"
                continue
            }
            text += "| Part | Title | File |\n| --- | --- | --- |\n"
            for part in chapterParts {
                let name = (part.file as NSString).lastPathComponent
                let anchor = exerciseLines[part.id].map { "#L\($0)" } ?? ""
                text += "| \(part.id) | \(Self.escapeTableCell(part.title)) | [\(Self.escapeTableCell(name))](\(part.file)\(anchor)) |\n"
            }
            text += "\nTest: `swift test --filter 'Exercise\(chapter)$'`\n"
        }
        return text
    }

    // MARK: - Writing and checking

    /// Writes the generated files into `exercisesDirectory` (created if needed): files that are
    /// missing or differ are written, the others left untouched. An extra `.swift` file with no
    /// solutions counterpart is removed if it was generated (it starts with the generated header)
    /// and kept otherwise. Returns what changed, sorted by path.
    @discardableResult
    public func write(to exercisesDirectory: URL) throws -> [FileChange] {
        let fileManager = FileManager.default
        let generated = generate()
        var changes: [FileChange] = []
        for difference in try differences(generated, in: exercisesDirectory) {
            let url = exercisesDirectory.appendingPathComponent(difference.path)
            switch difference {
            case .missing(let path), .changed(let path):
                try fileManager.createDirectory(at: url.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
                try Data(generated[path]!.utf8).write(to: url, options: .atomic)
                changes.append(difference == .missing(path) ? .created(path) : .updated(path))
            case .extra(let path):
                let contents = try? String(contentsOf: url, encoding: .utf8)
                if contents?.hasPrefix(Self.generatedPrefix) == true {
                    try fileManager.removeItem(at: url)
                    Self.removeEmptyFolders(from: url.deletingLastPathComponent(), upTo: exercisesDirectory)
                    changes.append(.removed(path))
                } else {
                    changes.append(.keptExtra(path))
                }
            }
        }
        return changes
    }

    /// How `exercisesDirectory` differs from the generated files: files that differ or are missing,
    /// and extra `.swift` files with no solutions counterpart, sorted by path. Writes nothing.
    public func check(exercisesDirectory: URL) throws -> [Difference] {
        try differences(generate(), in: exercisesDirectory)
    }

    private func differences(_ generated: [String: String], in exercisesDirectory: URL) throws -> [Difference] {
        var differences: [Difference] = []
        for (path, contents) in generated {
            let url = exercisesDirectory.appendingPathComponent(path)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                differences.append(.missing(path))
                continue
            }
            if data != Data(contents.utf8) { differences.append(.changed(path)) }
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: exercisesDirectory.path, isDirectory: &isDirectory),
           isDirectory.boolValue {
            for path in try Self.swiftFiles(in: exercisesDirectory) where generated[path] == nil {
                differences.append(.extra(path))
            }
        }
        return differences.sorted { $0.path < $1.path }
    }

    // MARK: - Paths

    /// The `.swift` files under `directory`, as sorted relative paths; hidden entries are skipped.
    static func swiftFiles(in directory: URL) throws -> [String] {
        let fileManager = FileManager.default
        var result: [String] = []
        func walk(_ relative: String) throws {
            let url = relative.isEmpty ? directory : directory.appendingPathComponent(relative)
            for name in try fileManager.contentsOfDirectory(atPath: url.path) where !name.hasPrefix(".") {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: url.appendingPathComponent(name).path,
                                             isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    try walk(path)
                } else if name.hasSuffix(".swift") {
                    result.append(path)
                }
            }
        }
        try walk("")
        return result.sorted()
    }

    private static func removeEmptyFolders(from folder: URL, upTo root: URL) {
        var folder = folder.standardizedFileURL
        let root = root.standardizedFileURL
        while folder.path.count > root.path.count,
              let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path), entries.isEmpty {
            try? FileManager.default.removeItem(at: folder)
            folder = folder.deletingLastPathComponent().standardizedFileURL
        }
    }

    /// The chapter folder (first component) of a relative path, if the path is inside one.
    static func chapterFolder(ofPath path: String) -> String? {
        let components = path.split(separator: "/")
        guard components.count > 1 else { return nil }
        return String(components[0])
    }

    /// NN of `NN-slug`.
    static func chapterNumber(ofFolder folder: String) -> Int? {
        let digits = folder.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, folder.dropFirst(digits.count).first == "-" else { return nil }
        return Int(digits)
    }

    static func chapterNumber(ofPath path: String) -> Int? {
        chapterFolder(ofPath: path).flatMap(chapterNumber(ofFolder:))
    }

    /// `"02-linear-regression"` → `"Linear regression"`.
    static func title(ofFolder folder: String) -> String {
        guard chapterNumber(ofFolder: folder) != nil else { return folder }
        let slug = folder.drop(while: { $0 != "-" }).dropFirst().replacingOccurrences(of: "-", with: " ")
        return slug.prefix(1).uppercased() + slug.dropFirst()
    }

    private static func escapeTableCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
