// What a submitted file may not contain, found before anything is built: an import the
// course's own version of the file does not have (another chapter's engine, the test
// library), or a way around the compiler's module boundaries (calling a symbol by its
// mangled name, looking one up at run time). The compiler's own import check catches the
// first kind too; this names it, and the second kind it cannot see.
import Foundation

public enum SubmissionScreen {
    /// Modules any exercise file may import besides the ones its stub imports.
    static let alwaysAllowed: Set<String> = ["Foundation"]

    /// Spellings that reach code past the module boundaries, with what each does.
    static let forbidden: [(token: String, what: String)] = [
        ("@_silgen_name", "calls a function by its mangled symbol name"),
        ("@_extern", "declares a function defined elsewhere"),
        ("dlsym", "looks a symbol up at run time"),
        ("dlopen", "loads a library at run time"),
    ]

    /// The modules `text` imports (`import X`, `@testable import X`, `import struct X.Y`).
    public static func imports(in text: String) -> Set<String> {
        let kinds: Set<Substring> = ["typealias", "struct", "class", "enum", "protocol", "let", "var", "func", "actor"]
        var modules: Set<String> = []
        for line in text.split(separator: "\n") {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == ";" })
                .drop { $0.hasPrefix("@") }
            guard words.first == "import", words.count >= 2 else { continue }
            let rest = words.dropFirst()
            guard let path = kinds.contains(rest.first!) ? rest.dropFirst().first : rest.first else { continue }
            modules.insert(String(path.split(separator: ".").first ?? path))
        }
        return modules
    }

    /// Why the submitted `text` of `file` is refused (empty when it is not), given the text
    /// of the course's own version of that file.
    public static func problems(in text: String, file: String, courseVersion: String) -> [String] {
        let allowed = imports(in: courseVersion).union(alwaysAllowed)
        let extra = imports(in: text).subtracting(allowed).sorted()
        var problems = extra.map { module in
            "\(file) imports \(module), which this exercise may not use: it may import only "
                + allowed.sorted().joined(separator: ", ") + " (its chapter's engine is what you write)"
        }
        for (token, what) in forbidden where text.contains(token) {
            problems.append("\(file) uses \(token), which \(what): exercise code may not reach past its imports")
        }
        return problems
    }
}
