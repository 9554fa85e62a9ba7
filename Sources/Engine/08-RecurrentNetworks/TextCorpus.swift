// The texts of chapter 08, from Debian's packages: the `fortunes` collection of quotations
// (/usr/share/games/fortunes), and the `wamerican` word list (/usr/share/dict/american-english).
// A corpus is cleaned to plain ASCII, turned into tokens, and cut into batches for
// truncated backpropagation through time.
import Foundation

/// A text and its tokens, ready to train a character-level model on.
public struct TextCorpus: Sendable {
    /// Where the text came from, for messages.
    public let name: String
    /// The cleaned text.
    public let text: String
    public let vocabulary: Vocabulary
    /// The token of every character of `text`.
    public let tokens: [Int]
    /// Characters left out in cleaning (outside printable ASCII).
    public let droppedCharacters: Int

    /// A corpus of `text`, over the characters it uses.
    public init(name: String, text: String, droppedCharacters: Int = 0) throws {
        guard text.count >= 2 else {
            throw TextDataError.empty(path: name, detail: "a model needs at least two characters, one to read and one "
                                      + "to predict, and it has \(text.count)")
        }
        self.name = name
        self.text = text
        self.droppedCharacters = droppedCharacters
        vocabulary = Vocabulary(of: text)
        tokens = try vocabulary.encode(text, what: name)
    }

    /// The default folder of the fortunes: Debian's `fortunes` package.
    public static let fortunesDirectory = "/usr/share/games/fortunes"
    /// The default word list: Debian's `wamerican` package.
    public static let wordsFile = "/usr/share/dict/american-english"

    /// Every fortune file in `directory` (the files beside their `.dat` indexes), quotations
    /// separated by blank lines.
    public static func fortunes(directory: String = fortunesDirectory) throws -> TextCorpus {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw TextDataError.missing(path: directory, package: "fortunes")
        }
        guard isDirectory.boolValue else {
            throw TextDataError.unreadable(path: directory, reason: "it is a file, not a folder: name the folder that holds the "
                                           + "fortune files (Debian's fortunes package puts them in \(fortunesDirectory))")
        }
        let names: [String]
        do { names = try manager.contentsOfDirectory(atPath: directory).sorted() } catch {
            throw TextDataError.unreadable(path: directory, reason: error.localizedDescription)
        }
        // A fortune file is the one beside its index, NAME.dat (made by strfile); NAME.u8 are links to
        // the same text. Other files are not read: a folder named by mistake yields no text.
        let indexed = Set(names.filter { $0.hasSuffix(".dat") }.map { String($0.dropLast(4)) })
        let files = names.filter { indexed.contains($0) }
        var pieces: [String] = [], dropped = 0
        for file in files {
            let path = directory + "/" + file
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            let (cleaned, left) = try clean(read(path), path: path)
            dropped += left
            // "%" alone on a line separates the quotations: a blank line instead.
            pieces.append(cleaned.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0 == "%" ? "" : String($0) }.joined(separator: "\n"))
        }
        guard !pieces.isEmpty else {
            throw TextDataError.empty(path: directory, detail: "no fortune files (text files beside .dat indexes) in it; "
                                      + "Debian's fortunes package puts them in \(fortunesDirectory)")
        }
        return try TextCorpus(name: directory, text: pieces.joined(separator: "\n"), droppedCharacters: dropped)
    }

    /// The words of a word list, one per line, that are made of the letters a to z only (no
    /// names, no possessives, no accents), in a random order: the list is sorted, and a model that
    /// read it in order would learn that a word begins much like the one before it.
    public static func words(file: String = wordsFile, shuffledWith generator: inout SeededGenerator) throws -> TextCorpus {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw TextDataError.missing(path: file, package: "wamerican")
        }
        guard !isDirectory.boolValue else {
            throw TextDataError.unreadable(path: file, reason: "it is a folder, not a word list (a file of one word per line, "
                                           + "as Debian's wamerican package's \(wordsFile))")
        }
        let all = try read(file).split(separator: "\n")
        var kept = all.filter { word in !word.isEmpty && word.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } }
        guard !kept.isEmpty else {
            throw TextDataError.empty(path: file, detail: "none of its \(all.count) lines is a word of the letters a to z")
        }
        generator.shuffle(&kept)
        return try TextCorpus(name: file, text: kept.joined(separator: "\n") + "\n", droppedCharacters: 0)
    }

    /// A file's text as UTF-8, or Latin-1 when it is not valid UTF-8.
    static func read(_ path: String) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            // The system's own words ("Permission denied"), not Foundation's wrapper around them.
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying?.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(underlying!.code)))
                : error.localizedDescription
            throw TextDataError.unreadable(path: path, reason: reason)
        }
        return String(data: data, encoding: .utf8) ?? String(decoding: data.map { UInt16($0) }, as: UTF16.self)
    }

    /// Printable ASCII and newlines: a character followed by a backspace (old terminals' way
    /// of underlining or bolding, "_\bA") is dropped with it, tabs become spaces, anything else
    /// is left out and counted.
    static func clean(_ text: String, path: String) throws -> (text: String, dropped: Int) {
        var kept: [UInt8] = [], dropped = 0
        kept.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 8: if !kept.isEmpty { kept.removeLast() }
            case 9: kept.append(32)
            case 10, 32...126: kept.append(UInt8(scalar.value))
            case 13: break
            default: dropped += 1
            }
        }
        return (String(decoding: kept, as: UTF8.self), dropped)
    }

    /// The corpus cut into batches for truncated backpropagation through time: the tokens are
    /// split into `batchSize` streams, one per row, and batch b holds steps b·T ..< (b + 1)·T of
    /// every stream, so that row i of batch b + 1 continues row i of batch b. Targets are the
    /// inputs one character later. Shapes: inputs and targets [T, n].
    public func streamBatches(batchSize n: Int, length T: Int) -> [(inputs: Tensor, targets: Tensor)] {
        require(n > 0 && T > 0, "streamBatches: the batch size and the length must be at least 1, got \(n) and \(T)")
        let streamLength = (tokens.count - 1) / n
        let batches = streamLength / T
        require(batches > 0, "streamBatches: \(name)'s \(tokens.count) characters are too few for one batch of \(n) "
                + "streams of \(T) + 1 characters")
        return (0..<batches).map { b in
            var inputs = [Float](repeating: 0, count: T * n), targets = inputs
            for t in 0..<T {
                for i in 0..<n {
                    let position = i * streamLength + b * T + t
                    inputs[t * n + i] = Float(tokens[position])
                    targets[t * n + i] = Float(tokens[position + 1])
                }
            }
            return (Tensor(shape: [T, n], scalars: inputs), Tensor(shape: [T, n], scalars: targets))
        }
    }
}
