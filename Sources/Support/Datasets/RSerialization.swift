// R's serialization format, the part of it that R's data packages store data frames in: Debian's
// r-cran-* packages ship their data as a lazy-load database, an index (NAME.rdx, one gzip-compressed
// serialized list) and the objects (NAME.rdb, each zlib-compressed at an offset the index gives).
// Chapter 13 reads MovieLens this way. The format is R's own: "R Internals", section 1.8,
// "Serialization Formats"; this reads its XDR (big-endian binary) version 2 and 3.
import Foundation
import IDX

/// A value read from R's serialization: a vector of some type, with R's attributes (names,
/// class, levels, ...) beside it.
public struct RObject {
    public enum Values {
        case null
        case symbol(String)
        /// Integers, and logicals (R stores both as 32-bit integers); R's NA is Int32.min.
        case integers([Int32])
        case reals([Double])
        /// Strings; nil is NA.
        case strings([String?])
        /// A generic vector (R's `list`, and a data frame's columns).
        case list([RObject])
        /// A pairlist: tagged values, as attributes are stored.
        case pairs([(tag: String?, value: RObject)])
    }

    public var values: Values
    public var attributes: [(tag: String?, value: RObject)] = []

    /// The attribute `name`, if there is one.
    public func attribute(_ name: String) -> RObject? { attributes.first { $0.tag == name }?.value }

    /// The strings of a character vector, else nil.
    public var strings: [String?]? { if case let .strings(s) = values { s } else { nil } }
    /// The names attribute: a list's or a data frame's element names.
    public var names: [String?] { attribute("names")?.strings ?? [] }
    /// The element called `name` of a named list (a data frame's column), if there is one.
    public func element(_ name: String) -> RObject? {
        guard case let .list(elements) = values, let index = names.firstIndex(of: name), index < elements.count else { return nil }
        return elements[index]
    }
}

/// A file R wrote that this reader cannot make sense of: which file, and what is wrong.
public struct RDataError: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let problem: String
    public var description: String { "cannot read the R data file \(path): \(problem)" }
}

/// Reads one serialized object.
public struct RDeserializer {
    private let bytes: [UInt8]
    private let path: String
    private var position = 0
    private var symbols: [RObject] = []  // what a reference (REFSXP) can point back to
    private var depth = 0

    /// The object serialized in `bytes`, which came from `path` (named in errors).
    public static func object(in bytes: [UInt8], path: String) throws -> RObject {
        var reader = RDeserializer(bytes: bytes, path: path)
        return try reader.read()
    }

    private init(bytes: [UInt8], path: String) {
        self.bytes = bytes
        self.path = path
    }

    /// The object, after checking the header ("X\n", format version 2 or 3).
    private mutating func read() throws -> RObject {
        guard bytes.count >= 2, bytes[0] == UInt8(ascii: "X"), bytes[1] == UInt8(ascii: "\n") else {
            throw failure("it does not start with \"X\\n\", the mark of R's binary (XDR) serialization")
        }
        position = 2
        let version = try integer()
        guard version == 2 || version == 3 else { throw failure("serialization format version \(version); this reader knows 2 and 3") }
        _ = try integer()  // the R version that wrote it
        _ = try integer()  // the oldest R version that can read it
        if version == 3 { _ = try text(count: Int(try integer())) }  // the native encoding's name
        let object = try item()
        guard position == bytes.count else { throw failure("\(bytes.count - position) bytes follow the object") }
        return object
    }

    private func failure(_ problem: String) -> RDataError { RDataError(path: path, problem: problem) }

    private mutating func integer() throws -> Int32 {
        guard position + 4 <= bytes.count else { throw failure("it ends in the middle of an object, at byte \(position)") }
        defer { position += 4 }
        return Int32(bitPattern: UInt32(bytes[position]) << 24 | UInt32(bytes[position + 1]) << 16
                     | UInt32(bytes[position + 2]) << 8 | UInt32(bytes[position + 3]))
    }

    private mutating func text(count: Int) throws -> String {
        guard count >= 0, position + count <= bytes.count else {
            throw failure("a string of \(count) bytes at byte \(position) runs past the end")
        }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    /// A vector's length, checked against the bytes left (each element takes at least `width`).
    private mutating func length(width: Int) throws -> Int {
        var count = Int(try integer())
        if count == -1 { count = Int(try integer()) << 32 | Int(UInt32(bitPattern: try integer())) }  // a long vector
        guard count >= 0, count <= (bytes.count - position) / width else {
            throw failure("a vector of \(count) elements at byte \(position) does not fit in the \(bytes.count - position) bytes left")
        }
        return count
    }

    // The type codes of R Internals, and the flags packed with them into each item's first integer.
    private static let (symbol, pairlist, character, logical, integerVector, real, string, list) = (1, 2, 9, 10, 13, 14, 16, 19)
    private static let (alternative, reference, null) = (238, 255, 254)

    private mutating func item() throws -> RObject {
        depth += 1
        defer { depth -= 1 }
        guard depth < 1000 else { throw failure("objects nested over 1,000 deep at byte \(position)") }
        let flags = Int(try integer())
        let (type, hasAttributes, hasTag) = (flags & 0xFF, flags & (1 << 9) != 0, flags & (1 << 10) != 0)
        var object: RObject
        switch type {
        case Self.null:
            return RObject(values: .null)
        case Self.reference:
            var index = flags >> 8
            if index == 0 { index = Int(try integer()) }
            guard index >= 1, index <= symbols.count else { throw failure("a reference to object \(index) of \(symbols.count)") }
            return symbols[index - 1]
        case Self.symbol:
            guard case let .strings(name) = try item().values, let text = name.first ?? nil else {
                throw failure("a symbol without a name at byte \(position)")
            }
            symbols.append(RObject(values: .symbol(text)))
            return symbols[symbols.count - 1]
        case Self.pairlist:
            let attributes = hasAttributes ? try pairs(of: item()) : []
            let tag = hasTag ? try item() : nil
            let value = try item()
            let rest = try pairs(of: item())
            var tagName: String?
            if case let .symbol(name)? = tag?.values { tagName = name }
            return RObject(values: .pairs([(tagName, value)] + rest), attributes: attributes)
        case Self.character:
            let count = Int(try integer())
            return RObject(values: .strings([count == -1 ? nil : try text(count: count)]))
        case Self.logical, Self.integerVector:
            object = RObject(values: .integers(try (0..<length(width: 4)).map { _ in try integer() }))
        case Self.real:
            object = RObject(values: .reals(try (0..<length(width: 8)).map { _ in
                Double(bitPattern: UInt64(UInt32(bitPattern: try integer())) << 32 | UInt64(UInt32(bitPattern: try integer())))
            }))
        case Self.string:
            object = RObject(values: .strings(try (0..<length(width: 4)).map { _ in
                guard case let .strings(s) = try item().values, s.count == 1 else { throw failure("a string vector holds a non-string") }
                return s[0]
            }))
        case Self.list:
            object = RObject(values: .list(try (0..<length(width: 4)).map { _ in try item() }))
        case Self.alternative:
            return try compactSequence()
        default:
            throw failure("an object of R type \(type) at byte \(position - 4), which data frames of numbers, strings and factors do not use")
        }
        if hasAttributes { object.attributes = try pairs(of: item()) }
        return object
    }

    /// A pairlist's tagged values (nothing for NULL).
    private func pairs(of object: RObject) throws -> [(tag: String?, value: RObject)] {
        switch object.values {
        case .null: return []
        case let .pairs(pairs): return pairs
        default: throw failure("attributes that are not a pairlist")
        }
    }

    /// An ALTREP object: R 3.5's compact integer sequence (n, start, step), as row numbers are stored.
    private mutating func compactSequence() throws -> RObject {
        let information = try pairs(of: item())
        guard case let .symbol(kind)? = information.first?.value.values, kind == "compact_intseq",
              case let .reals(state) = try item().values, state.count == 3, let count = Int(exactly: state[0]),
              count >= 0, count <= 1 << 31 else {
            throw failure("an ALTREP object other than a compact integer sequence")
        }
        _ = try item()  // its attributes: none for a sequence
        return RObject(values: .integers((0..<count).map { Int32(state[1] + Double($0) * state[2]) }))
    }
}

/// A lazy-load database: NAME.rdx indexes the objects stored in NAME.rdb.
public enum RLazyLoadDatabase {
    /// The object `name` of the database `base` (a path without .rdx or .rdb).
    public static func object(_ name: String, base: String) throws -> RObject {
        let indexPath = base + ".rdx", dataPath = base + ".rdb"
        let index = try RDeserializer.object(in: decompress(readBytes(indexPath), path: indexPath), path: indexPath)
        guard let variables = index.element("variables"), case let .integers(place)? = variables.element(name)?.values,
              place.count == 2 else {
            let known = index.element("variables")?.names.compactMap { $0 }.joined(separator: ", ") ?? "none"
            throw RDataError(path: indexPath, problem: "it indexes no object called \(name) (it has: \(known))")
        }
        if case let .integers(kind)? = index.element("compressed")?.values, kind != [1] {
            throw RDataError(path: indexPath, problem: "its objects are compressed with bzip2 or xz; this reader knows zlib")
        }
        let data = try readBytes(dataPath)
        let (offset, count) = (Int(place[0]), Int(place[1]))
        guard offset >= 0, count > 4, offset + count <= data.count else {
            throw RDataError(path: dataPath, problem: "object \(name) at bytes \(offset)..<\(offset + count) lies outside its \(data.count) bytes")
        }
        // Each object: its length once decompressed (4 bytes, big-endian), then a zlib stream.
        let expected = Int(data[offset]) << 24 | Int(data[offset + 1]) << 16 | Int(data[offset + 2]) << 8 | Int(data[offset + 3])
        let bytes = try decompress(Array(data[offset + 4..<offset + count]), path: dataPath)
        guard bytes.count == expected else {
            throw RDataError(path: dataPath, problem: "object \(name) decompresses to \(bytes.count) bytes, not the \(expected) it declares")
        }
        return try RDeserializer.object(in: bytes, path: dataPath)
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RDataError(path: path, problem: FileManager.default.fileExists(atPath: path) ? "it cannot be read" : "it is not there")
        }
        return [UInt8](data)
    }

    static func decompress(_ bytes: [UInt8], path: String) throws -> [UInt8] {
        do { return try bytes.withUnsafeBytes { try Gzip.decompress($0, path: path) } } catch let error as IDXError {
            throw RDataError(path: path, problem: error.problem)
        }
    }
}
