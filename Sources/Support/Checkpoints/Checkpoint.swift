// A checkpoint: a network's numbers in a file, each under its name, with a checksum. The
// format, byte by byte (all integers little-endian; notes, section 2):
//
//   magic      8 bytes   "DLFSCKPT"
//   version    u32       1
//   model      u32 length, then that many bytes of UTF-8: what network this is ("cnn")
//   count      u32       the number of entries
//   entries    count times:
//     kind     u8        0 a parameter, 1 a layer's state (running statistics), 2 optimiser state
//     name     u32 length, then UTF-8 ("conv1.weight", "optimizer.conv1.weight.0")
//     type     u8        1: 32-bit IEEE floats, little-endian (the only type so far)
//     rank     u32, then rank u64 dimensions
//     data     4 bytes per element, row-major
//   checksum   u32       CRC-32 (the zlib/PNG polynomial) of every byte before it
//
// Writing goes to a temporary file in the same folder, renamed over the target once complete:
// a save that is interrupted leaves the previous checkpoint as it was.
//
// The format is support, like IDX for the datasets: chapters 06 and 07 save their networks
// with it, and chapter 09's engine (NetworkCheckpoints.swift) names, checks and loads them.
import Foundation

/// The contents of a checkpoint file.
public struct Checkpoint: Equatable, Sendable {
    /// What is stored under a name.
    public enum Kind: UInt8, Sendable {
        case parameter = 0, layerState = 1, optimizerState = 2
    }

    /// One tensor: its dimensions and its elements in row-major order.
    public struct Entry: Equatable, Sendable {
        public var kind: Kind
        public var name: String
        public var shape: [Int]
        public var scalars: [Float]
        public init(kind: Kind, name: String, shape: [Int], scalars: [Float]) {
            precondition(shape.reduce(1, *) == scalars.count, "Checkpoint.Entry \(name): shape \(shape) needs "
                         + "\(shape.reduce(1, *)) numbers, got \(scalars.count)")
            self.kind = kind
            self.name = name
            self.shape = shape
            self.scalars = scalars
        }
    }

    public static let magic = Array("DLFSCKPT".utf8)
    /// The version this engine writes, and the newest it reads.
    public static let version: UInt32 = 1

    /// What network this is, so that a reader can build it before loading: "cnn", "cnn-bn".
    public var model: String
    public var entries: [Entry]

    public init(model: String, entries: [Entry]) {
        self.model = model
        self.entries = entries
    }

    /// A checkpoint of a network's parameters and layer state, each given as its name, shape and
    /// elements: what chapters 06 and 07 save for chapter 09.
    public init(model: String, parameters: [(name: String, shape: [Int], scalars: [Float])],
                state: [(name: String, shape: [Int], scalars: [Float])]) {
        self.init(model: model,
                  entries: parameters.map { Entry(kind: .parameter, name: $0.name, shape: $0.shape, scalars: $0.scalars) }
                      + state.map { Entry(kind: .layerState, name: $0.name, shape: $0.shape, scalars: $0.scalars) })
    }

    /// The entry stored under `name` with this kind, if there is one.
    public func entry(_ name: String, kind: Kind = .parameter) -> Entry? {
        entries.first { $0.kind == kind && $0.name == name }
    }

    // MARK: Bytes

    /// The file's bytes, checksum included.
    public var bytes: [UInt8] {
        var out = Self.magic
        func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        func text(_ value: String) { u32(UInt32(value.utf8.count)); out += Array(value.utf8) }
        u32(Self.version)
        text(model)
        u32(UInt32(entries.count))
        for entry in entries {
            out.append(entry.kind.rawValue)
            text(entry.name)
            out.append(1)
            u32(UInt32(entry.shape.count))
            for dimension in entry.shape { withUnsafeBytes(of: UInt64(dimension).littleEndian) { out += $0 } }
            for value in entry.scalars { withUnsafeBytes(of: value.bitPattern.littleEndian) { out += $0 } }
        }
        u32(crc32(out))
        return out
    }

    /// A checkpoint from a file's bytes, or an error saying what is wrong with them; `path` names
    /// the file in messages.
    public init(bytes: [UInt8], path: String) throws {
        guard !bytes.isEmpty else { throw CheckpointError.empty(path: path) }
        guard bytes.count >= 8, Array(bytes[0..<8]) == Self.magic else {
            throw CheckpointError.notACheckpoint(path: path, start: Array(bytes.prefix(8)))
        }
        var reader = ByteReader(bytes: bytes, path: path, offset: 8)
        let version = try reader.u32("the version")
        guard version <= Self.version, version >= 1 else {
            throw CheckpointError.unsupportedVersion(path: path, version: version, newest: Self.version)
        }
        // The checksum covers everything before its own four bytes: check it before trusting a length.
        guard bytes.count >= 16 else { throw CheckpointError.truncated(path: path, reading: "the header", offset: bytes.count) }
        let body = bytes[..<(bytes.count - 4)]
        let stored = bytes[(bytes.count - 4)...].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        let computed = crc32(body)
        let model = try reader.text("the model's name")
        let count = try reader.u32("the number of entries")
        var entries: [Entry] = []
        for index in 0..<Int(count) {
            let what = "entry \(index + 1) of \(count)"
            let kindByte = try reader.u8("the kind of \(what)")
            let name = try reader.text("the name of \(what)")
            guard let kind = Kind(rawValue: kindByte) else {
                throw CheckpointError.malformed(path: path, detail: "\(name): kind \(kindByte) is not 0, 1 or 2")
            }
            let type = try reader.u8("the element type of \(name)")
            guard type == 1 else {
                throw CheckpointError.malformed(path: path, detail: "\(name): element type \(type) is not 1 (32-bit float)")
            }
            let rank = try reader.u32("the rank of \(name)")
            guard rank <= 8 else { throw CheckpointError.malformed(path: path, detail: "\(name): rank \(rank) is more than 8") }
            var shape: [Int] = []
            for _ in 0..<rank {
                let dimension = try reader.u64("the shape of \(name)")
                guard dimension <= UInt64(bytes.count) else {
                    throw CheckpointError.malformed(path: path, detail: "\(name): dimension \(dimension) is larger than the file")
                }
                shape.append(Int(dimension))
            }
            // The number of elements, multiplied out with every step checked: a shape of eight
            // dimensions of 1,000 would overflow an Int before any size check could refuse it.
            var count = 1
            for dimension in shape {
                let (product, overflow) = count.multipliedReportingOverflow(by: dimension)
                guard !overflow, product <= (reader.remaining - 4) / 4 else {
                    throw CheckpointError.truncated(path: path, reading: "the numbers of \(name) \(shape), more than the "
                                                    + "\(max(reader.remaining - 4, 0)) bytes left can hold", offset: reader.offset)
                }
                count = product
            }
            let scalars = (0..<count).map { _ in Float(bitPattern: reader.u32Unchecked()) }
            entries.append(Entry(kind: kind, name: name, shape: shape, scalars: scalars))
        }
        guard reader.remaining == 4 else {
            if reader.remaining < 4 { throw CheckpointError.truncated(path: path, reading: "the checksum", offset: reader.offset) }
            throw CheckpointError.malformed(path: path, detail: "\(reader.remaining - 4) bytes follow the last entry")
        }
        guard stored == computed else { throw CheckpointError.checksumMismatch(path: path, stored: stored, computed: computed) }
        self.init(model: model, entries: entries)
    }

    // MARK: Files

    /// Reads the checkpoint at `url`.
    public init(contentsOf url: URL) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CheckpointError.notFound(path: url.path)
        }
        guard !isDirectory.boolValue else { throw CheckpointError.isDirectory(path: url.path) }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CheckpointError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        try self.init(bytes: [UInt8](data), path: url.path)
    }

    /// Writes the checkpoint to `url`: to a temporary file beside it first, then renamed over it.
    public func write(to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CheckpointError.isDirectory(path: url.path)
        }
        // Beside the target, so that the rename stays within one file system.
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            // What this save wrote of its own, if anything; never something else in the way.
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: temporary.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                try? FileManager.default.removeItem(at: temporary)
            }
            throw CheckpointError.unwritable(path: url.path, reason: Self.whyNotWritable(folder, error))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CheckpointError.unwritable(path: url.path, reason: reason)
        }
    }

    /// Why no file could be written in `folder`.
    static func whyNotWritable(_ folder: URL, _ error: Error) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) else {
            return "the folder \(folder.path) does not exist"
        }
        guard isDirectory.boolValue else { return "\(folder.path) is a file, not a folder" }
        if access(folder.path, W_OK) != 0 { return "the folder \(folder.path) does not let this user create files in it" }
        return "writing its temporary copy failed: \(error.localizedDescription)"
    }
}

/// What is wrong with a checkpoint, or with loading it into a network. Every message names the file.
public enum CheckpointError: Error, CustomStringConvertible, Equatable {
    case notFound(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)
    case empty(path: String)
    case notACheckpoint(path: String, start: [UInt8])
    case unsupportedVersion(path: String, version: UInt32, newest: UInt32)
    case truncated(path: String, reading: String, offset: Int)
    case malformed(path: String, detail: String)
    case checksumMismatch(path: String, stored: UInt32, computed: UInt32)
    case wrongModel(path: String, found: String, expected: String)
    case mismatch(path: String, missing: [String], unexpected: [String], shapes: [(name: String, file: [Int], network: [Int])])

    public var description: String {
        switch self {
        case let .notFound(path): return "\(path): no such file"
        case let .isDirectory(path): return "\(path) is a folder, not a checkpoint file"
        case let .unreadable(path, reason): return "\(path) could not be read: \(reason)"
        case let .unwritable(path, reason): return "\(path) could not be written: \(reason); nothing was changed on disk"
        case let .empty(path): return "\(path) is empty (0 bytes): not a checkpoint"
        case let .notACheckpoint(path, start):
            let shown = start.map { (32...126).contains($0) ? String(UnicodeScalar($0)) : "." }.joined()
            return "\(path) is not a checkpoint: it starts with \"\(shown)\", not \"DLFSCKPT\""
        case let .unsupportedVersion(path, version, newest):
            return "\(path) is a checkpoint of format version \(version); this engine reads versions 1 to \(newest)"
        case let .truncated(path, reading, offset):
            return "\(path) ends too early, at byte \(offset), while reading \(reading): the file is cut short"
        case let .malformed(path, detail): return "\(path) is damaged: \(detail)"
        case let .checksumMismatch(path, stored, computed):
            return "\(path) is damaged: its checksum says \(hex(stored)) but its contents give \(hex(computed)); "
                + "some byte changed after it was written"
        case let .wrongModel(path, found, expected):
            return "\(path) holds a \"\(found)\" network, and this one is a \"\(expected)\""
        case let .mismatch(path, missing, unexpected, shapes):
            var parts: [String] = []
            if !missing.isEmpty { parts.append("missing from the file: " + missing.joined(separator: ", ")) }
            if !unexpected.isEmpty { parts.append("in the file but not in the network: " + unexpected.joined(separator: ", ")) }
            for shape in shapes { parts.append("\(shape.name) has shape \(shape.file) in the file and \(shape.network) in the network") }
            return "\(path) does not fit this network: " + parts.joined(separator: "; ")
        }
    }

    public static func == (a: CheckpointError, b: CheckpointError) -> Bool { a.description == b.description }
}

private func hex(_ value: UInt32) -> String { "0x" + String(value, radix: 16, uppercase: true) }

/// Reads little-endian numbers from a checkpoint's bytes, or throws `truncated` at the end.
struct ByteReader {
    let bytes: [UInt8]
    let path: String
    var offset: Int
    var remaining: Int { bytes.count - offset }

    mutating func take(_ count: Int, _ what: String) throws -> ArraySlice<UInt8> {
        // The last four bytes are the checksum, never part of a field.
        guard count <= remaining - 4 else { throw CheckpointError.truncated(path: path, reading: what, offset: bytes.count) }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }
    mutating func u8(_ what: String) throws -> UInt8 { try take(1, what).first! }
    mutating func u32(_ what: String) throws -> UInt32 { try take(4, what).reversed().reduce(0) { $0 << 8 | UInt32($1) } }
    mutating func u64(_ what: String) throws -> UInt64 { try take(8, what).reversed().reduce(0) { $0 << 8 | UInt64($1) } }
    mutating func text(_ what: String) throws -> String {
        let length = try u32("the length of \(what)")
        guard Int(length) <= remaining else { throw CheckpointError.truncated(path: path, reading: what, offset: bytes.count) }
        let raw = try take(Int(length), what)
        guard let text = String(bytes: raw, encoding: .utf8) else {
            throw CheckpointError.malformed(path: path, detail: "\(what) is not UTF-8 text")
        }
        return text
    }
    /// A u32 the caller has checked is there.
    mutating func u32Unchecked() -> UInt32 {
        defer { offset += 4 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}

/// CRC-32 as zlib and PNG compute it (reflected polynomial 0xEDB88320), one byte at a time
/// through a table of 256 entries.
public func crc32<Bytes: Collection>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
}

private let crcTable: [UInt32] = (0..<256).map { n in
    (0..<8).reduce(UInt32(n)) { c, _ in c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
}
