import ExerciseGenerator
import Foundation
import Testing

/// The header of a valid region of part `id`, without its BEGIN line; `omitting` leaves out a field.
private func regionHeader(_ id: String = "2.1", omitting field: String? = nil, indent: String = "") -> [String] {
    [
        "// EXERCISE \(id): a part",
        "// Formula: y = f(x)",
        "// Shapes: x [n] → y [n]",
        "// Hint: apply f.",
        "// Stub: return notImplemented(\"\(id)\", placeholder: 0)",
    ]
    .filter { field == nil || !$0.hasPrefix("// \(field!):") }
    .map { indent + $0 }
}

/// The `file:line: error: message` lines that parsing `sources` reports; fails if it succeeds.
private func generatorDiagnostics(_ sources: [String: String]) throws -> [String] {
    let error = try #require(throws: GeneratorError.self) { try StubGenerator(sources: sources) }
    return error.diagnostics.map(\.description)
}

private let validationLossFile = "02-linear-regression/Loss.swift"
private let validationLossDisplay = "solutions/02-linear-regression/Loss.swift"

@Suite("Stub generator: validation")
struct StubValidationTests {
    @Test("A header with no BEGIN marker is reported at its first line")
    func headerWithoutBegin() throws {
        let source = GeneratorSamples.region(["func f() -> Int {"] + regionHeader(indent: "    ") + ["    return 1", "}"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):2: error: EXERCISE 2.1 has no `// BEGIN SOLUTION`") == true)
    }

    @Test("A header at the end of the file, with no BEGIN, is reported")
    func headerAtEndOfFile() throws {
        let messages = try generatorDiagnostics([validationLossFile: GeneratorSamples.region(["let a = 1"] + regionHeader())])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):2: error: EXERCISE 2.1 has no `// BEGIN SOLUTION`") == true)
    }

    @Test("A BEGIN marker with no END is reported at the BEGIN line")
    func beginWithoutEnd() throws {
        let source = GeneratorSamples.region(regionHeader() + ["// BEGIN SOLUTION", "return 1"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages == ["\(validationLossDisplay):6: error: `// BEGIN SOLUTION` of EXERCISE 2.1 has no `// END SOLUTION`"])
    }

    @Test("A region inside another's solution is reported as nested")
    func nestedRegion() throws {
        let source = GeneratorSamples.region(
            regionHeader("2.1") + ["// BEGIN SOLUTION", "let a = 1"]
                + regionHeader("2.2") + ["// BEGIN SOLUTION", "return a", "// END SOLUTION", "// END SOLUTION"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):8: error: nested region: `// EXERCISE 2.2: a part` "
            + "inside the solution of EXERCISE 2.1 (line 1)") == true)
    }

    @Test("A second BEGIN inside a solution is reported as nested")
    func nestedBegin() throws {
        let source = GeneratorSamples.region(
            regionHeader() + ["// BEGIN SOLUTION", "// BEGIN SOLUTION", "return 1", "// END SOLUTION"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):7: error: nested region") == true)
    }

    @Test("A missing required field is reported at the header", arguments: ["Formula", "Shapes", "Hint", "Stub"])
    func missingField(field: String) throws {
        let source = GeneratorSamples.region(regionHeader(omitting: field) + ["// BEGIN SOLUTION", "return 1", "// END SOLUTION"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):1: error: EXERCISE 2.1 lacks the required field `// \(field):`") == true)
    }

    @Test("An empty field counts as missing")
    func emptyField() throws {
        let lines = regionHeader().map { $0.hasPrefix("// Shapes:") ? "// Shapes:" : $0 }
        let messages = try generatorDiagnostics([validationLossFile: GeneratorSamples.region(lines + ["// BEGIN SOLUTION", "// END SOLUTION"])])
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):1: error: EXERCISE 2.1 lacks the required field `// Shapes:`") == true)
    }

    @Test("A field given twice is reported at its second line")
    func duplicateField() throws {
        let source = GeneratorSamples.region(regionHeader() + ["// Formula: again", "// BEGIN SOLUTION", "// END SOLUTION"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages == ["\(validationLossDisplay):6: error: Formula: appears twice in the header of EXERCISE 2.1"])
    }

    @Test("A part id used twice is reported at the second use, naming the first")
    func duplicateID() throws {
        let region = GeneratorSamples.region(regionHeader("2.1") + ["// BEGIN SOLUTION", "// END SOLUTION"])
        let messages = try generatorDiagnostics([
            "02-linear-regression/A.swift": region,
            "02-linear-regression/B.swift": "let b = 2\n" + region,
        ])
        #expect(messages == [
            "solutions/02-linear-regression/B.swift:2: error: duplicate part id 2.1: "
                + "already used at solutions/02-linear-regression/A.swift:1",
        ])
    }

    @Test("A part of another chapter than its folder's is reported")
    func chapterMismatch() throws {
        let source = GeneratorSamples.region(regionHeader("3.1") + ["// BEGIN SOLUTION", "// END SOLUTION"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):1: error: part 3.1 is in the folder of chapter 2, "
            + "which holds parts 2.k only") == true)
    }

    @Test("A part outside any chapter folder is reported")
    func outsideChapterFolder() throws {
        let source = GeneratorSamples.region(regionHeader("1.1") + ["// BEGIN SOLUTION", "// END SOLUTION"])
        let messages = try generatorDiagnostics(["Shared.swift": source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("solutions/Shared.swift:1: error: part 1.1 is not in a chapter folder") == true)
    }

    @Test("A stray BEGIN marker is reported")
    func strayBegin() throws {
        let messages = try generatorDiagnostics([validationLossFile: GeneratorSamples.region(["let a = 1", "", "// BEGIN SOLUTION", "let b = 2"])])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):3: error: stray `// BEGIN SOLUTION`") == true)
    }

    @Test("A stray END marker is reported")
    func strayEnd() throws {
        let source = GeneratorSamples.region(
            regionHeader() + ["// BEGIN SOLUTION", "return 1", "// END SOLUTION", "// END SOLUTION"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):9: error: stray `// END SOLUTION`") == true)
    }

    @Test("A malformed EXERCISE line is reported", arguments: [
        "// EXERCISE 2: no part number",
        "// EXERCISE 2.1 no colon",
        "// EXERCISE 2.x: letters",
        "// EXERCISE 2.1:",
    ])
    func malformedHeader(line: String) throws {
        let source = GeneratorSamples.region([line] + regionHeader().dropFirst() + ["// BEGIN SOLUTION", "// END SOLUTION"])
        let messages = try generatorDiagnostics([validationLossFile: source])
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("\(validationLossDisplay):1: error: malformed header") == true)
    }

    @Test("Every problem of every file is reported at once, from a folder too")
    func allProblems() throws {
        let course = try GeneratorScratchCourse(files: [
            "solutions/02-linear-regression/A.swift": GeneratorSamples.region(["// END SOLUTION"]),
            "solutions/02-linear-regression/B.swift": GeneratorSamples.region(
                regionHeader("2.2", omitting: "Hint") + ["// BEGIN SOLUTION", "// END SOLUTION"]),
        ])
        let error = try #require(throws: GeneratorError.self) {
            try StubGenerator(solutionsDirectory: course.solutions)
        }
        #expect(error.diagnostics.map { "\($0.file):\($0.line ?? 0)" } == [
            "solutions/02-linear-regression/A.swift:1",
            "solutions/02-linear-regression/B.swift:1",
        ])
        #expect(error.description.split(separator: "\n").count == 2)
    }

    @Test("A missing solutions folder is an error")
    func missingFolder() throws {
        let course = try GeneratorScratchCourse(files: [:])
        let error = try #require(throws: GeneratorError.self) {
            try StubGenerator(solutionsDirectory: course.root.appendingPathComponent("nothing-here"))
        }
        #expect(error.diagnostics.first?.message.contains("no solutions folder") == true)
    }

    @Test("Comment lines mentioning markers outside a header are no region")
    func ordinaryComments() throws {
        let source = "// This file has EXERCISEs for chapter 2.\n// An EXERCISE-free line.\nlet a = 1\n"
        let generator = try StubGenerator(sources: [validationLossFile: source])
        #expect(generator.parts.isEmpty)
        #expect(generator.generate()[validationLossFile]?.hasSuffix(source) == true)
    }
}
