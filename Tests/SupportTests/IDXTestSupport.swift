import Foundation
import IDX
import Testing

/// Helpers shared by the IDX test suites: scratch directories and hand-made files.
enum IDXTestSupport {
    /// Runs `body` with a fresh, empty temporary directory, removed afterwards.
    static func withTemporaryDirectory<Result>(_ body: (URL) throws -> Result) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("IDXTests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// Writes `bytes` verbatim to `name` in `directory` and returns the file's URL.
    @discardableResult
    static func writeBytes(_ bytes: [UInt8], named name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name, isDirectory: false)
        try Data(bytes).write(to: url)
        return url
    }

    /// An IDX header built by hand, independently of the module's writer: two zero bytes,
    /// the type code, the number of dimensions, then each size as a big-endian UInt32.
    static func header(typeCode: UInt8, shape: [UInt32]) -> [UInt8] {
        var bytes: [UInt8] = [0, 0, typeCode, UInt8(shape.count)]
        for size in shape {
            bytes += [UInt8(size >> 24), UInt8((size >> 16) & 0xFF), UInt8((size >> 8) & 0xFF), UInt8(size & 0xFF)]
        }
        return bytes
    }

    /// The error reading `url` throws; records a failure if it throws none or another kind.
    static func readingError(
        _ url: URL, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> IDXError {
        try #require(throws: IDXError.self, sourceLocation: sourceLocation) {
            try IDXArray(contentsOf: url)
        }
    }

    /// Writes a small MNIST-format dataset into `directory`: `trainCount` training and
    /// `testCount` test images of 2 x 3 pixels with labels 0...9, under the given file
    /// names (standard ones by default), gzipped where `gzip` says so.
    static func writeDataset(
        in directory: URL, trainCount: Int = 5, trainLabelCount: Int? = nil, testCount: Int = 3,
        names: [String] = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                           "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"],
        gzip: Bool = false
    ) throws {
        let compression: IDXCompression = gzip ? .gzip : .none
        let counts = [trainCount, trainLabelCount ?? trainCount, testCount, testCount]
        for (index, name) in names.enumerated() {
            let count = counts[index]
            let array = index.isMultiple(of: 2)
                ? IDXArray(shape: [count, 2, 3], values: (0..<count * 6).map { UInt8($0 % 256) })
                : IDXArray(shape: [count], values: (0..<count).map { UInt8($0 % 10) })
            try array.write(to: directory.appendingPathComponent(name), compression: compression)
        }
    }

    /// `bytes` wrapped in a gzip stream by hand, as one stored (uncompressed) deflate
    /// block: independent of zlib's compressor, and handy for gzip streams whose contents
    /// are a damaged IDX file. `bytes` must be shorter than 65536.
    static func gzipStored(_ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count < 65536)
        let length = UInt16(bytes.count)
        var stream: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]  // magic, deflate, no flags, no time, unknown OS
        stream += [0x01]  // the final block, stored
        stream += littleEndianBytes(UInt32(length) | UInt32(~length) << 16)  // LEN then NLEN
        stream += bytes
        stream += littleEndianBytes(crc32(bytes))
        stream += littleEndianBytes(UInt32(bytes.count))
        return stream
    }

    private static func littleEndianBytes(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8((value >> (8 * UInt32($0))) & 0xFF) }
    }

    /// The CRC-32 that ends a gzip stream (polynomial 0xEDB88320, bitwise).
    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 {
                crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
            }
        }
        return ~crc
    }
}
