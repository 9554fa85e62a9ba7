// The texts the course reads, from Debian's packages: the `fortunes` collection of quotations
// (/usr/share/games/fortunes) and the `wamerican` word list (/usr/share/dict/american-english),
// read and cleaned to plain ASCII. Chapter 08 turns them into corpora of tokens.
import Foundation

/// Reading the course's text files. Every error names the file and what is wrong with it, and a
/// missing one the Debian package that provides it.
public enum TextFiles {
    /// The default folder of the fortunes: Debian's `fortunes` package.
    public static let fortunesDirectory = "/usr/share/games/fortunes"
    /// The default word list: Debian's `wamerican` package.
    public static let wordsFile = "/usr/share/dict/american-english"

    /// Every fortune file in `directory` (the files beside their `.dat` indexes), quotations
    /// separated by blank lines, cleaned (`clean`); and how many characters cleaning left out.
    public static func fortunes(directory: String = fortunesDirectory) throws -> (text: String, dropped: Int) {
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
        return (pieces.joined(separator: "\n"), dropped)
    }

    /// The words of a word list, one per line, that are made of the letters a to z only (no
    /// names, no possessives, no accents), in the list's order.
    public static func words(file: String = wordsFile) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw TextDataError.missing(path: file, package: "wamerican")
        }
        guard !isDirectory.boolValue else {
            throw TextDataError.unreadable(path: file, reason: "it is a folder, not a word list (a file of one word per line, "
                                           + "as Debian's wamerican package's \(wordsFile))")
        }
        let all = try read(file).split(separator: "\n")
        let kept = all.filter { word in !word.isEmpty && word.utf8.allSatisfy { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } }
        guard !kept.isEmpty else {
            throw TextDataError.empty(path: file, detail: "none of its \(all.count) lines is a word of the letters a to z")
        }
        return kept.map(String.init)
    }

    /// A file's text as UTF-8, or Latin-1 when it is not valid UTF-8.
    public static func read(_ path: String) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            // The system's own words ("Permission denied"), not Foundation's wrapper around them.
            // On Linux the underlying error is a Swift POSIXError, which `as? NSError` does not match.
            let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
            let reason = underlying?.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32(underlying!.code)))
                : error.localizedDescription
            throw TextDataError.unreadable(path: path, reason: reason)
        }
        return String(data: data, encoding: .utf8) ?? String(decoding: data.map { UInt16($0) }, as: UTF16.self)
    }

    /// Printable ASCII and newlines: a character followed by a backspace (old terminals' way
    /// of underlining or bolding, "_\bA") is dropped with it, tabs become spaces, anything else
    /// is left out and counted.
    public static func clean(_ text: String, path: String) throws -> (text: String, dropped: Int) {
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
}

/// What can be wrong with a text a chapter reads.
public enum TextDataError: Error, CustomStringConvertible, Equatable {
    /// A file or folder that is not there; `package` is the Debian package that provides it.
    case missing(path: String, package: String)
    /// A file that could not be read or decoded.
    case unreadable(path: String, reason: String)
    /// A text with nothing left to learn from once cleaned.
    case empty(path: String, detail: String)
    /// A character a model's vocabulary (of `vocabularySize` characters, listed in `listing`) does not have.
    case unknownCharacter(Character, position: Int, what: String, vocabularySize: Int, listing: String)

    public var description: String {
        switch self {
        case let .missing(path, package):
            return "\(path) is not there. It comes with Debian's \(package) package: sudo apt-get install \(package) "
                + "(./run.sh installs it), or name another place with the chapter's option."
        case let .unreadable(path, reason):
            return "\(path) could not be read: \(reason)"
        case let .empty(path, detail):
            return "\(path) holds no text to learn from: \(detail)"
        case let .unknownCharacter(character, position, what, vocabularySize, listing):
            let shown = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
            return "\(what) has the character \"\(character)\" (\(shown)) at position \(position), which the model's "
                + "vocabulary of \(vocabularySize) characters does not have: \"\(listing)\""
        }
    }
}
