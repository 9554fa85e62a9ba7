import Foundation

/// Why an IDX file could not be read or written. The message names the file and says
/// exactly what is wrong with it.
public struct IDXError: Error, Equatable, CustomStringConvertible, LocalizedError {
    /// The path of the file, or the name given to in-memory bytes.
    public let path: String
    /// What went wrong.
    public let kind: Kind
    /// Whether the file was gzip-compressed; byte counts in ``kind`` then refer to the
    /// decompressed data, except in the gzip kinds.
    public let wasGzipCompressed: Bool

    /// One case per problem, carrying the facts the message reports.
    public enum Kind: Equatable, Sendable {
        /// The file could not be opened or read; `reason` is the system's explanation.
        case unreadable(reason: String)
        /// The file could not be written; `reason` is the system's explanation.
        case unwritable(reason: String)
        /// The file is shorter than the 4-byte magic number.
        case shorterThanMagicNumber(byteCount: Int)
        /// The magic number's first two bytes are not zero.
        case badMagicNumber(UInt32)
        /// The magic number's third byte is not a known type code.
        case unknownElementType(code: UInt8)
        /// The type code names another element type than the reader asked for.
        case unexpectedElementType(found: IDXElementType, expected: IDXElementType)
        /// The magic number's fourth byte, the number of dimensions, is zero.
        case noDimensions
        /// The file ends before the sizes of all its dimensions.
        case headerCutShort(dimensionCount: Int, headerByteCount: Int, byteCount: Int)
        /// A dimension has size zero, so the file holds no elements.
        case zeroSizedDimension(shape: [Int], dimensionIndex: Int)
        /// The shape describes more bytes than this machine can address.
        case dataTooLarge(shape: [Int], elementType: IDXElementType)
        /// The data after the header is shorter than the header promises.
        case truncatedData(shape: [Int], elementType: IDXElementType,
                           expectedByteCount: Int, actualByteCount: Int)
        /// The file goes on after the data the header promises.
        case extraBytesAfterData(shape: [Int], elementType: IDXElementType,
                                 expectedByteCount: Int, actualByteCount: Int)
        /// zlib found the gzip stream corrupt; `zlibMessage` is zlib's explanation.
        case corruptGzip(zlibMessage: String)
        /// The gzip stream ends before its end marker.
        case truncatedGzip(compressedByteCount: Int)
        /// Bytes follow the end of the gzip stream that do not start another gzip member.
        case bytesAfterGzipStream(byteCount: Int)
        /// zlib failed for a reason that is not the file's fault, such as lack of memory.
        case zlibFailure(code: Int32, zlibMessage: String)
    }

    public init(path: String, kind: Kind, wasGzipCompressed: Bool = false) {
        self.path = path
        self.kind = kind
        self.wasGzipCompressed = wasGzipCompressed
    }

    public var description: String {
        switch kind {
        case .unwritable: "cannot write IDX file \(path): \(problem)"
        default: "cannot read IDX file \(path): \(problem)"
        }
    }

    public var errorDescription: String? {
        description
    }

    /// What is wrong, without the file name.
    public var problem: String {
        let theFile = wasGzipCompressed ? "the decompressed file" : "the file"
        switch kind {
        case .unreadable(let reason), .unwritable(let reason):
            return reason
        case .shorterThanMagicNumber(let byteCount):
            return "\(theFile) holds only \(bytes(byteCount)), fewer than the 4-byte magic number that starts every IDX file"
        case .badMagicNumber(let magic):
            return "bad magic number 0x\(hexadecimal(magic, digits: 8)) (an IDX file starts with two zero bytes, then the type code and the number of dimensions)"
                + Self.textHint(magic)
        case .unknownElementType(let code):
            return "unknown type code 0x\(hexadecimal(code, digits: 2)) in the third byte of the magic number (known codes: \(IDXElementType.listOfKnownCodes))"
        case .unexpectedElementType(let found, let expected):
            return "holds \(found.name) elements (type code 0x\(hexadecimal(found.rawValue, digits: 2))), "
                + "expected \(expected.name)s (type code 0x\(hexadecimal(expected.rawValue, digits: 2)))"
        case .noDimensions:
            return "the magic number declares zero dimensions (its fourth byte); an IDX file has at least one"
        case .headerCutShort(let dimensionCount, let headerByteCount, let byteCount):
            return "the header is cut short: \(dimensionCount) dimensions need a \(headerByteCount)-byte header but \(theFile) holds only \(bytes(byteCount))"
        case .zeroSizedDimension(let shape, let dimensionIndex):
            return "dimension \(dimensionIndex + 1) of \(shape.count) has size 0 (shape \(IDXArray.describe(shape: shape))), so the file holds no data"
        case .dataTooLarge(let shape, let elementType):
            return "the header's shape \(IDXArray.describe(shape: shape)) of \(elementType.name) elements describes more bytes than this machine can address"
        case .truncatedData(let shape, let elementType, let expected, let actual):
            return "truncated: the header promises \(Self.promise(shape, elementType, expected)) of data but \(theFile) holds \(actual)"
        case .extraBytesAfterData(let shape, let elementType, let expected, let actual):
            return "\(bytes(actual - expected, extra: true)) after the data: the header promises \(Self.promise(shape, elementType, expected)) of data but \(theFile) holds \(actual)"
        case .corruptGzip(let zlibMessage):
            return "the gzip stream is corrupt (zlib: \(zlibMessage))"
        case .truncatedGzip(let compressedByteCount):
            return "the gzip stream is truncated: its \(bytes(compressedByteCount)) end before the stream does, so the file was probably cut short while downloading or copying"
        case .bytesAfterGzipStream(let byteCount):
            return "\(bytes(byteCount)) follow the end of the gzip stream and are not another gzip stream"
        case .zlibFailure(let code, let zlibMessage):
            return "zlib failed with code \(code) (\(zlibMessage))"
        }
    }

    /// The arithmetic behind the expected data size, so it can be checked: "60000 x 28 x 28
    /// = 47040000 bytes", "2 x 3 = 6 Int32 values = 24 bytes", "1 Int32 value = 4 bytes".
    private static func promise(_ shape: [Int], _ elementType: IDXElementType, _ byteCount: Int) -> String {
        let valueCount = byteCount / elementType.byteWidth
        var terms = shape.count > 1 ? [IDXArray.describe(shape: shape)] : []
        if elementType.byteWidth > 1 {
            terms.append("\(valueCount) \(elementType.name) \(valueCount == 1 ? "value" : "values")")
        }
        terms.append(bytes(byteCount))
        return terms.joined(separator: " = ")
    }

    /// A hint for a magic number made of printable characters: such a file is text, most
    /// often a web page saved in place of the real file by a failed download.
    private static func textHint(_ magic: UInt32) -> String {
        let characters = (0..<4).map { UInt8(truncatingIfNeeded: magic >> (24 - 8 * $0)) }
        guard characters.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            return ""
        }
        let text = String(decoding: characters, as: UTF8.self)
        return "; it starts like a text file (\(text.debugDescription)), perhaps a web page saved by a failed download"
    }
}

/// "1 byte", "3 bytes", or with `extra`, "1 extra byte", "3 extra bytes".
private func bytes(_ count: Int, extra: Bool = false) -> String {
    let noun = count == 1 ? "byte" : "bytes"
    return extra ? "\(count) extra \(noun)" : "\(count) \(noun)"
}
