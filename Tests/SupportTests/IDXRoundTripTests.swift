import Foundation
import IDX
import Testing

@Suite("IDX files: writing and reading back")
struct IDXRoundTripTests {
    @Test("Unsigned bytes survive a round trip", arguments: IDXCompression.allCases)
    func unsignedBytesRoundTrip(compression: IDXCompression) throws {
        let original = IDXArray(shape: [2, 3, 4], values: (0..<24).map { UInt8($0 * 10) })
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("pixels-idx3-ubyte")
            try original.write(to: url, compression: compression)
            let fileBytes = [UInt8](try Data(contentsOf: url))
            let expectedStart: [UInt8] = compression == .gzip ? [0x1F, 0x8B] : [0, 0, 0x08, 3]
            #expect(Array(fileBytes.prefix(expectedStart.count)) == expectedStart)

            let readBack = try IDXArray(contentsOf: url)
            #expect(readBack == original)
            #expect(readBack.shape == [2, 3, 4])
            #expect(readBack.elementType == .unsignedByte)
            #expect(readBack.count == 24)
            #expect(readBack.unsignedBytes == (0..<24).map { UInt8($0 * 10) })
            #expect(readBack.floats == (0..<24).map { Float($0 * 10) })
        }
    }

    @Test("Int16 values are stored big-endian and read back", arguments: IDXCompression.allCases)
    func int16RoundTrip(compression: IDXCompression) throws {
        let values: [Int16] = [0, 1, -1, 258, Int16.max, Int16.min]
        let original = IDXArray(shape: [3, 2], values: values)
        // 258 is 0x0102: big-endian puts 0x01 first.
        #expect(original.payload == [0x00, 0x00, 0x00, 0x01, 0xFF, 0xFF, 0x01, 0x02, 0x7F, 0xFF, 0x80, 0x00])
        try IDXTestSupport.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("values-idx2-int16")
            try original.write(to: url, compression: compression)
            let readBack = try IDXArray(contentsOf: url)
            #expect(readBack == original)
            #expect(readBack.elementType == .int16)
            #expect(readBack.values(as: Int16.self) == values)
            #expect(readBack.floats == values.map(Float.init))
        }
    }

    @Test("Int32, Float32 and Float64 values survive a gzip round trip exactly")
    func wideTypesRoundTrip() throws {
        let integers: [Int32] = [0, -2, 16_777_217, Int32.max, Int32.min, 42]
        let singles: [Float] = [0, -0.5, .pi, .greatestFiniteMagnitude, -.infinity, .leastNonzeroMagnitude]
        let doubles: [Double] = [1.0 / 3.0, -1e300, .leastNonzeroMagnitude, 2, 0, -7.25]
        let arrays = [IDXArray(shape: [6], values: integers),
                      IDXArray(shape: [2, 3], values: singles),
                      IDXArray(shape: [3, 1, 2], values: doubles)]
        try IDXTestSupport.withTemporaryDirectory { directory in
            for (index, original) in arrays.enumerated() {
                let url = directory.appendingPathComponent("array\(index).gz")
                try original.write(to: url, compression: .gzip)
                #expect(try IDXArray(contentsOf: url) == original)
            }
            let readIntegers = try IDXArray(contentsOf: directory.appendingPathComponent("array0.gz"))
            #expect(readIntegers.values(as: Int32.self) == integers)
            #expect(readIntegers.doubles == integers.map(Double.init))
            let readSingles = try IDXArray(contentsOf: directory.appendingPathComponent("array1.gz"))
            #expect(readSingles.values(as: Float.self) == singles)
            #expect(readSingles.floats == singles)
            let readDoubles = try IDXArray(contentsOf: directory.appendingPathComponent("array2.gz"))
            #expect(readDoubles.values(as: Double.self) == doubles)
            #expect(readDoubles.shape == [3, 1, 2])
        }
    }

    @Test("A hand-made big-endian file decodes to the right values")
    func handMadeBigEndianFile() throws {
        var bytes = IDXTestSupport.header(typeCode: 0x0C, shape: [2])
        bytes += [0x00, 0x00, 0x01, 0x02]  // 258
        bytes += [0xFF, 0xFF, 0xFF, 0xFE]  // -2
        var floatFile = IDXTestSupport.header(typeCode: 0x0D, shape: [1])
        floatFile += [0x3F, 0xC0, 0x00, 0x00]  // 1.5
        try IDXTestSupport.withTemporaryDirectory { directory in
            let integers = try IDXArray(contentsOf: try IDXTestSupport.writeBytes(bytes, named: "integers", in: directory))
            #expect(integers.shape == [2])
            #expect(integers.elementType == .int32)
            #expect(integers.values(as: Int32.self) == [258, -2])
            #expect(integers.floats == [258, -2])
            let floats = try IDXArray(contentsOf: try IDXTestSupport.writeBytes(floatFile, named: "floats", in: directory))
            #expect(floats.floats == [1.5])
        }
    }

    @Test("Signed bytes convert with their sign")
    func signedBytes() throws {
        let original = IDXArray(shape: [4], values: [Int8(-128), -1, 0, 127])
        #expect(original.payload == [0x80, 0xFF, 0x00, 0x7F])
        let readBack = try IDXArray(decoding: try original.encoded(), path: "signed")
        #expect(readBack.floats == [-128, -1, 0, 127])
    }

    @Test("Compression is recognized by content, not by file name")
    func compressionDetectedByContent() throws {
        let original = IDXArray(shape: [2, 2], values: [UInt8(1), 2, 3, 4])
        try IDXTestSupport.withTemporaryDirectory { directory in
            let gzipWithoutSuffix = directory.appendingPathComponent("labels-idx1-ubyte")
            let plainWithSuffix = directory.appendingPathComponent("labels-idx1-ubyte.gz")
            try original.write(to: gzipWithoutSuffix, compression: .gzip)
            try original.write(to: plainWithSuffix, compression: .none)
            #expect(try IDXArray(contentsOf: gzipWithoutSuffix) == original)
            #expect(try IDXArray(contentsOf: plainWithSuffix) == original)
        }
    }

    @Test("A large array compresses and decompresses intact")
    func largeGzipRoundTrip() throws {
        // Large enough to need several rounds of zlib's loops, with varied content.
        var generator = SystemRandomNumberGenerator()
        let values = (0..<300_000).map { index in
            index.isMultiple(of: 3) ? UInt8.random(in: 0...255, using: &generator) : UInt8(index % 7)
        }
        let original = IDXArray(shape: [300, 1000], values: values)
        let compressed = try original.encoded(compression: .gzip)
        #expect(compressed.count < values.count)
        #expect(try IDXArray(decoding: compressed, path: "large") == original)
    }

    @Test("Several gzip streams in a row read as their contents in a row, as with gunzip")
    func concatenatedGzipStreams() throws {
        let header = IDXTestSupport.header(typeCode: 0x08, shape: [2, 2])
        let bytes = IDXTestSupport.gzipStored(header) + IDXTestSupport.gzipStored([5, 6, 7, 8])
        let array = try IDXArray(decoding: Data(bytes), path: "two-streams.gz")
        #expect(array.shape == [2, 2])
        #expect(array.unsignedBytes == [5, 6, 7, 8])
    }
}
