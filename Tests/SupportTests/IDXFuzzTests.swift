import Foundation
import IDX
import Testing

/// The IDX reader fed what no writer makes: headers drawn from awkward values and seeded random
/// flips, cuts and insertions of valid files, plain and gzip-compressed. Each input must be
/// refused with an error, never trap; the rounds run in a child process, so that a trap fails
/// this test alone, and the seeds make any failure repeatable.
@Suite("IDX files: the reader never traps on crafted or damaged input")
struct IDXFuzzTests {
    /// A small valid file: 3 images of 4 × 5 bytes.
    static func valid(compression: IDXCompression) -> [UInt8] {
        let array = IDXArray(shape: [3, 4, 5], values: (0..<60).map { UInt8($0) })
        return [UInt8]((try? array.encoded(compression: compression)) ?? Data())
    }

    /// A tiny deterministic generator (SplitMix64), so the support tests need no engine.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("the valid files read back, so the mutations start from real ones")
    func baseline() throws {
        for compression in IDXCompression.allCases {
            let array = try IDXArray(decoding: Data(Self.valid(compression: compression)), path: "valid")
            #expect(array.shape == [3, 4, 5])
        }
    }

    @Test("4,000 random flips, cuts and insertions of plain and gzipped files never trap")
    func randomFiles() async {
        await #expect(processExitsWith: .success) {
            var generator = IDXFuzzTests.Generator(state: 11)
            for compression in IDXCompression.allCases {
                let original = IDXFuzzTests.valid(compression: compression)
                for round in 0..<2000 {
                    var bytes = original
                    switch round % 3 {
                    case 0:
                        for _ in 0..<Int.random(in: 1...6, using: &generator) {
                            bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                        }
                    case 1:
                        bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
                    default:
                        bytes.insert(contentsOf: (0..<Int.random(in: 1...12, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) },
                                     at: Int.random(in: 0...bytes.count, using: &generator))
                    }
                    _ = try? IDXArray(decoding: Data(bytes), path: "round-\(round)")
                }
            }
        }
    }

    @Test("2,000 headers drawn from awkward sizes and type codes never trap")
    func randomHeaders() async {
        await #expect(processExitsWith: .success) {
            var generator = IDXFuzzTests.Generator(state: 12)
            let sizes: [UInt32] = [0, 1, 2, 3, 255, 1000, 65_535, 1 << 16, 1 << 24, 1 << 31, .max]
            let types: [UInt8] = [0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x0E, 0x00, 0xFF]
            for _ in 0..<2000 {
                let rank = Int.random(in: 0...255, using: &generator)
                var bytes: [UInt8] = [0, 0, types.randomElement(using: &generator)!, UInt8(rank)]
                for _ in 0..<min(rank, 40) {
                    let size = sizes.randomElement(using: &generator)!
                    bytes += [UInt8(size >> 24), UInt8((size >> 16) & 0xFF), UInt8((size >> 8) & 0xFF), UInt8(size & 0xFF)]
                }
                bytes += [UInt8](repeating: 7, count: Int.random(in: 0...64, using: &generator))
                _ = try? IDXArray(decoding: Data(bytes), path: "drawn")
            }
        }
    }
}
