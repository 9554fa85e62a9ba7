import Foundation
import IDX
import Testing

/// Every check a reader makes, each with a file that fails it. Every message must name
/// the file and state the fact that is wrong.
@Suite("IDX files: malformed input")
struct IDXMalformedFileTests {
    @Test("A missing file is reported as such")
    func missingFile() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("absent-idx1-ubyte")
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .unreadable(reason: "there is no such file"))
            #expect(error.path == url.path)
            #expect(error.description.contains("absent-idx1-ubyte"))
        }
    }

    @Test("A file shorter than the magic number")
    func shorterThanMagicNumber() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = try IDXTestSupport.writeBytes([0, 0, 8], named: "tiny", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .shorterThanMagicNumber(byteCount: 3))
            #expect(error.description.contains(url.path))
            #expect(error.description.contains("only 3 bytes, fewer than the 4-byte magic number"))
        }
    }

    @Test("A magic number not starting with two zero bytes")
    func wrongMagicNumber() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = try IDXTestSupport.writeBytes([0x12, 0x34, 0x08, 0x01, 0, 0, 0, 1, 7], named: "bad-magic", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .badMagicNumber(0x1234_0801))
            #expect(error.description.contains("bad-magic"))
            #expect(error.description.contains(
                "bad magic number 0x12340801 (an IDX file starts with two zero bytes, then the type code and the number of dimensions)"))
            #expect(error.errorDescription == error.description)
        }
    }

    @Test("A web page saved in place of the file gets a hint")
    func textInsteadOfIDX() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = try IDXTestSupport.writeBytes(Array("<!DOCTYPE html>".utf8), named: "page", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.description.contains("bad magic number 0x3C21444F"))
            #expect(error.description.contains("failed download"))
        }
    }

    @Test("An unknown type code")
    func unknownTypeCode() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let bytes = IDXTestSupport.header(typeCode: 0x0A, shape: [1]) + [0]
            let url = try IDXTestSupport.writeBytes(bytes, named: "odd-type", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .unknownElementType(code: 0x0A))
            #expect(error.description.contains("odd-type"))
            #expect(error.description.contains("unknown type code 0x0A"))
            #expect(error.description.contains("0x08 unsigned byte"))
        }
    }

    @Test("Zero dimensions")
    func zeroDimensions() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = try IDXTestSupport.writeBytes([0, 0, 0x08, 0, 5], named: "rank-zero", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .noDimensions)
            #expect(error.description.contains("rank-zero"))
            #expect(error.description.contains("zero dimensions"))
        }
    }

    @Test("A header cut short")
    func headerCutShort() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = try IDXTestSupport.writeBytes([0, 0, 0x08, 3, 0, 0, 0, 1], named: "short-header", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .headerCutShort(dimensionCount: 3, headerByteCount: 16, byteCount: 8))
            #expect(error.description.contains("short-header"))
            #expect(error.description.contains("3 dimensions need a 16-byte header but the file holds only 8 bytes"))
        }
    }

    @Test("A dimension of size zero")
    func zeroSizedDimension() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let bytes = IDXTestSupport.header(typeCode: 0x08, shape: [4, 0, 2])
            let url = try IDXTestSupport.writeBytes(bytes, named: "empty", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .zeroSizedDimension(shape: [4, 0, 2], dimensionIndex: 1))
            #expect(error.description.contains("empty"))
            #expect(error.description.contains("dimension 2 of 3 has size 0 (shape 4 x 0 x 2)"))
        }
    }

    @Test("Data shorter than the header promises")
    func truncatedData() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let bytes = IDXTestSupport.header(typeCode: 0x08, shape: [60000, 28, 28]) + [UInt8](repeating: 7, count: 1000)
            let url = try IDXTestSupport.writeBytes(bytes, named: "train-images-idx3-ubyte", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .truncatedData(shape: [60000, 28, 28], elementType: .unsignedByte,
                                                 expectedByteCount: 47_040_000, actualByteCount: 1000))
            #expect(error.description.contains("train-images-idx3-ubyte"))
            #expect(error.description.contains(
                "truncated: the header promises 60000 x 28 x 28 = 47040000 bytes of data but the file holds 1000"))
        }
    }

    @Test("Truncated multi-byte data inside a valid gzip stream")
    func truncatedWideDataInGzip() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            // A sound gzip stream of a damaged IDX file: the data lost 4 of its 24 bytes.
            let complete = [UInt8](try IDXArray(shape: [2, 3], values: [Int32](repeating: 9, count: 6)).encoded())
            let gzipped = IDXTestSupport.gzipStored(Array(complete.dropLast(4)))
            let url = try IDXTestSupport.writeBytes(gzipped, named: "values-idx2-int.gz", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.wasGzipCompressed)
            #expect(error.description.contains("values-idx2-int.gz"))
            #expect(error.description.contains(
                "truncated: the header promises 2 x 3 = 6 Int32 values = 24 bytes of data but the decompressed file holds 20"))
        }
    }

    @Test("Extra bytes after the data")
    func extraBytes() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let bytes = IDXTestSupport.header(typeCode: 0x08, shape: [2, 3]) + [1, 2, 3, 4, 5, 6, 99]
            let url = try IDXTestSupport.writeBytes(bytes, named: "labels-plus-one", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .extraBytesAfterData(shape: [2, 3], elementType: .unsignedByte,
                                                       expectedByteCount: 6, actualByteCount: 7))
            #expect(error.description.contains("labels-plus-one"))
            #expect(error.description.contains("1 extra byte after the data: the header promises 2 x 3 = 6 bytes of data but the file holds 7"))
        }
    }

    @Test("A truncated gzip file")
    func truncatedGzip() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let array = IDXArray(shape: [50, 20], values: (0..<1000).map { UInt8($0 % 251) })
            let compressed = [UInt8](try array.encoded(compression: .gzip))
            let cut = Array(compressed.prefix(compressed.count / 2))
            let url = try IDXTestSupport.writeBytes(cut, named: "cut.gz", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .truncatedGzip(compressedByteCount: cut.count))
            #expect(error.wasGzipCompressed)
            #expect(error.description.contains("cut.gz"))
            #expect(error.description.contains("the gzip stream is truncated"))
        }
    }

    @Test("Garbage after a gzip magic number")
    func corruptGzip() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let bytes: [UInt8] = [0x1F, 0x8B] + Array("this is not deflate data".utf8)
            let url = try IDXTestSupport.writeBytes(bytes, named: "garbage.gz", in: directory)
            let error = try IDXTestSupport.readingError(url)
            guard case .corruptGzip(let zlibMessage) = error.kind else {
                Issue.record("expected a corrupt-gzip error, got \(error)")
                return
            }
            #expect(!zlibMessage.isEmpty)
            #expect(error.description.contains("garbage.gz"))
            #expect(error.description.contains("the gzip stream is corrupt (zlib: \(zlibMessage))"))
        }
    }

    @Test("Bytes after the end of a gzip stream")
    func bytesAfterGzipStream() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let array = IDXArray(shape: [3], values: [UInt8(1), 2, 3])
            let bytes = [UInt8](try array.encoded(compression: .gzip)) + Array("junk".utf8)
            let url = try IDXTestSupport.writeBytes(bytes, named: "trailing.gz", in: directory)
            let error = try IDXTestSupport.readingError(url)
            #expect(error.kind == .bytesAfterGzipStream(byteCount: 4))
            #expect(error.description.contains("trailing.gz"))
            #expect(error.description.contains("4 bytes follow the end of the gzip stream"))
        }
    }

    @Test("Decoding in-memory bytes names them as told")
    func inMemoryName() throws {
        let error = try #require(throws: IDXError.self) {
            try IDXArray(decoding: Data([1, 2, 3, 4]), path: "downloaded bytes")
        }
        #expect(error.path == "downloaded bytes")
        #expect(error.description.hasPrefix("cannot read IDX file downloaded bytes: bad magic number 0x01020304"))
    }
}
