import Foundation
@testable import RecurrentNetworks
import Testing
import TransferLearning

/// The readers of files a learner may hand the course, fed what no writer makes: crafted headers
/// with their checksums recomputed, and thousands of seeded random flips, cuts and insertions of
/// a valid file. Each input must be refused with an error, never trap. The random rounds run in a
/// child process, so that a trap fails this test alone; the seeds make any failure repeatable.
@Suite("Readers never trap: checkpoints and text corpora under crafted and random input")
struct ReaderFuzzTests {
    /// A valid checkpoint of three small entries.
    static let checkpoint = Checkpoint(model: "fuzz", entries: [
        .init(kind: .parameter, name: "w", shape: [2, 3], scalars: (0..<6).map(Float.init)),
        .init(kind: .layerState, name: "mean", shape: [3], scalars: [1, 2, 3]),
        .init(kind: .optimizerState, name: "m", shape: [], scalars: [7]),
    ]).bytes

    /// A checkpoint with one entry whose header says `rank` and `dimensions` (and whose data is
    /// `dataBytes` bytes of zeros: a file large enough that no dimension of 1,000 is larger than
/// it), with the checksum recomputed so that only the header is wrong.
    static func crafted(rank: UInt32, dimensions: [UInt64], dataBytes: Int = 4096, count: UInt32 = 1) -> [UInt8] {
        var out: [UInt8] = Array("DLFSCKPT".utf8)
        func u32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        func u64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out += $0 } }
        u32(1)
        u32(4); out += Array("fuzz".utf8)
        u32(count)
        out.append(0)
        u32(1); out += Array("w".utf8)
        out.append(1)
        u32(rank)
        dimensions.forEach(u64)
        out += [UInt8](repeating: 0, count: dataBytes)
        u32(crc32(out))
        return out
    }

    @Test("a valid checkpoint reads back, so the mutations start from a real file")
    func baseline() throws {
        #expect(Array(Self.checkpoint.prefix(8)) == Array("DLFSCKPT".utf8), "the magic number the crafted files use")
        let read = try Checkpoint(bytes: Self.checkpoint, path: "fuzz.ckpt")
        #expect(read.entries.count == 3 && read.entry("w")?.shape == [2, 3])
    }

    /// The headers that once trapped or could: a rank of 8 with every dimension 1,000 (the
    /// element count overflows an Int), dimensions whose product overflows only at the last
    /// step, a product that fits an Int but not the file, and many entries promised.
    static let craftedShapes: [[UInt64]] = [[UInt64](repeating: 1000, count: 8), [1 << 32, 1 << 32], [1 << 20, 1 << 20, 1 << 22],
                                            [4, 5], [UInt64(Int.max)], [UInt64](repeating: 1, count: 9)]

    @Test("crafted headers with a right checksum are refused with an error naming the entry", arguments: craftedShapes)
    func craftedHeaders(dimensions: [UInt64]) {
        let rank = UInt32(dimensions.count)
        let bytes = Self.crafted(rank: rank, dimensions: dimensions)
        #expect(throws: CheckpointError.self, "rank \(rank), dimensions \(dimensions)") {
            try Checkpoint(bytes: bytes, path: "crafted.ckpt")
        }
        let many = Self.crafted(rank: 1, dimensions: [4], count: .max)
        #expect(throws: CheckpointError.self) { try Checkpoint(bytes: many, path: "many.ckpt") }
    }

    /// `rounds` seeded mutations of `original`, each: some bytes flipped, a cut, or random bytes
    /// inserted; with `checksum`, the last four bytes recomputed as the CRC-32 of the rest, so
    /// that the parser meets the damage rather than the checksum.
    static func mutations(of original: [UInt8], rounds: Int, seed: UInt64, checksum: Bool) -> [[UInt8]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<rounds).map { round in
            var bytes = original
            switch round % 3 {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
                }
            case 1:
                bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &generator)))
            default:
                let at = Int.random(in: 0...bytes.count, using: &generator)
                bytes.insert(contentsOf: (0..<Int.random(in: 1...12, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) },
                             at: at)
            }
            if checksum && bytes.count > 12 {
                let body = bytes.prefix(bytes.count - 4)
                bytes = Array(body) + withUnsafeBytes(of: crc32(body).littleEndian) { Array($0) }
            }
            return bytes
        }
    }

    @Test("6,000 random flips, cuts and insertions of a checkpoint, half with the checksum made right, never trap")
    func randomCheckpoints() async {
        await #expect(processExitsWith: .success) {
            for (index, bytes) in (ReaderFuzzTests.mutations(of: ReaderFuzzTests.checkpoint, rounds: 3000, seed: 1, checksum: false)
                                   + ReaderFuzzTests.mutations(of: ReaderFuzzTests.checkpoint, rounds: 3000, seed: 2, checksum: true))
                .enumerated() {
                _ = try? Checkpoint(bytes: bytes, path: "round-\(index).ckpt")
            }
        }
    }

    /// Headers drawn from a grammar of the format: a rank from 0 to 9, each dimension one of the
    /// values that break readers (0, 1, 1,000, 4,096, and now and then powers of two up to 2^63
    /// and the largest integers), data of 0, 16 or 4,096 bytes, the checksum right. Some draws
    /// multiply out past what an Int holds.
    @Test("2,000 headers drawn from awkward values, with a right checksum, never trap")
    func randomHeaders() async {
        await #expect(processExitsWith: .success) {
            var generator = SeededGenerator(seed: 4)
            // Mostly sizes the file could hold, whose product is what overflows; now and then one that it could not.
            let plausible: [UInt64] = [0, 1, 2, 3, 255, 1000, 4096]
            let absurd: [UInt64] = [65_535, 1 << 31, 1 << 32, 1 << 62, 1 << 63, .max, UInt64(Int.max)]
            for _ in 0..<2000 {
                let rank = Int.random(in: 0...9, using: &generator)
                let dimensions = (0..<rank).map { _ in
                    Int.random(in: 0..<10, using: &generator) < 9 ? plausible.randomElement(using: &generator)!
                                                                    : absurd.randomElement(using: &generator)!
                }
                let bytes = ReaderFuzzTests.crafted(rank: UInt32(rank), dimensions: dimensions,
                                                    dataBytes: [0, 16, 4096].randomElement(using: &generator)!,
                                                    count: [1, 2, .max].randomElement(using: &generator)!)
                _ = try? Checkpoint(bytes: bytes, path: "drawn.ckpt")
            }
        }
    }

    @Test("3,000 random texts, from random bytes read as a file would be, make a corpus or an error, never trap")
    func randomCorpora() async throws {
        await #expect(processExitsWith: .success) {
            var generator = SeededGenerator(seed: 3)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-fuzz-\(UUID().uuidString)")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("fortune")
            for _ in 0..<3000 {
                let length = Int.random(in: 0...64, using: &generator)
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                try? Data(bytes).write(to: file)
                guard let text = try? TextFiles.read(file.path),
                      let (cleaned, dropped) = try? TextFiles.clean(text, path: file.path),
                      let corpus = try? TextCorpus(name: file.path, text: cleaned, droppedCharacters: dropped) else { continue }
                _ = corpus.vocabulary.decode(corpus.tokens)
            }
        }
    }
}
