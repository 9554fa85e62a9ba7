// The reader of R's serialization: objects built here byte by byte as "R Internals" (section 1.8)
// lays them out, damaged copies of them, and MovieLens as Debian's r-cran-dslabs ships it.
import Datasets
import Foundation
import Testing

@Suite("R's serialized data")
struct RDataTests {
    /// Big-endian 32-bit integers, as R's XDR format writes them.
    static func words(_ values: Int32...) -> [UInt8] {
        values.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: UInt32(bitPattern: value) >> (24 - 8 * $0)) } }
    }

    static func character(_ text: String?) -> [UInt8] {
        guard let text else { return words(9, -1) }
        return words(0x0004_0009, Int32(text.utf8.count)) + Array(text.utf8)  // 9: CHARSXP, flagged UTF-8
    }

    static func symbol(_ name: String) -> [UInt8] { words(1) + character(name) }

    static func strings(_ texts: String?...) -> [UInt8] { words(16, Int32(texts.count)) + texts.flatMap { character($0) } }

    static let header = Array("X\n".utf8) + words(3, 0x0004_0101, 0x0003_0500, 5) + Array("UTF-8".utf8)

    /// A data frame of two columns, x = (1, 2, NA) and y = ("ab", NA, "c"). y carries names, tagged
    /// by the symbol `names`, which is read there first; the list's own names point back to that
    /// symbol by a reference (REFSXP 1). Then the class.
    static let frame: [UInt8] = header
        + words(19 | 1 << 9, 2)  // a list with attributes, two elements
        + words(13, 3, 1, 2, Int32.min)  // x: integers
        + words(16 | 1 << 9, 3) + character("ab") + character(nil) + character("c")  // y, with attributes:
        + words(2 | 1 << 10) + symbol("names") + strings("first", "second", "third") + words(254)
        + words(2 | 1 << 10) + words(255 | 1 << 8) + strings("x", "y")  // the list's attributes: names,
        + words(2 | 1 << 10) + symbol("class") + strings("data.frame") + words(254)  // and class

    @Test("a data frame built by hand: its columns, NA, attributes and a reference to a symbol read back")
    func handBuiltFrame() throws {
        let frame = try RDeserializer.object(in: Self.frame, path: "frame")
        #expect(frame.names == ["x", "y"])
        #expect(frame.attribute("class")?.strings == ["data.frame"])
        guard case let .integers(x)? = frame.element("x")?.values else { Issue.record("x is not integers"); return }
        #expect(x == [1, 2, Int32.min])
        #expect(frame.element("y")?.strings == ["ab", nil, "c"])
        #expect(frame.element("y")?.names == ["first", "second", "third"])
        #expect(frame.element("z") == nil)
    }

    @Test("reals in IEEE doubles, and R's compact integer sequence (ALTREP), read as their values")
    func realsAndSequences() throws {
        let reals = Self.header + Self.words(14, 2) + Self.words(0x4004_0000, 0) + Self.words(Int32(bitPattern: 0xBFE0_0000), 0)
        guard case let .reals(values) = try RDeserializer.object(in: reals, path: "reals").values else { Issue.record("not reals"); return }
        #expect(values == [2.5, -0.5])
        let info = Self.words(2) + Self.symbol("compact_intseq") + Self.words(2) + Self.symbol("base") + Self.words(2, 13, 1, 13, 254)
        let state = Self.words(14, 3) + Self.words(0x4010_0000, 0) + Self.words(0x4024_0000, 0) + Self.words(Int32(bitPattern: 0xC000_0000), 0)
        let sequence = Self.header + Self.words(238) + info + state + Self.words(254)  // n 4, from 10, step -2
        guard case let .integers(numbers) = try RDeserializer.object(in: sequence, path: "sequence").values else {
            Issue.record("not integers"); return
        }
        #expect(numbers == [10, 8, 6, 4])
    }

    /// Ways a serialized object can be damaged; each names what the reader must say.
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        case cutShort, notR, unknownVersion, lengthPastTheEnd, unknownType, referenceToNothing, endlessNesting, bytesAfter

        var testDescription: String { rawValue }

        var bytes: [UInt8] {
            switch self {
            case .cutShort: Array(RDataTests.frame.prefix(27))
            case .notR: Array("RDX3\n".utf8) + RDataTests.frame
            case .unknownVersion: Array("X\n".utf8) + RDataTests.words(7) + RDataTests.frame.dropFirst(6)
            case .lengthPastTheEnd: RDataTests.header + RDataTests.words(13, 1_000_000_000)
            case .unknownType: RDataTests.header + RDataTests.words(3)
            case .referenceToNothing: RDataTests.header + RDataTests.words(255 | 5 << 8)
            case .endlessNesting: RDataTests.header + (0..<2000).flatMap { _ in RDataTests.words(19, 1) }
            case .bytesAfter: RDataTests.header + RDataTests.words(254, 0)
            }
        }

        var message: String {
            switch self {
            case .cutShort: "ends in the middle of an object"
            case .notR: "does not start with"
            case .unknownVersion: "version 7"
            case .lengthPastTheEnd: "does not fit"
            case .unknownType: "R type 3"
            case .referenceToNothing: "reference to object 5 of 0"
            case .endlessNesting: "nested over 1,000 deep"
            case .bytesAfter: "4 bytes follow"
            }
        }
    }

    @Test("damaged bytes stop with what is wrong and where, never a crash", arguments: Damage.allCases)
    func damaged(_ damage: Damage) {
        let error = #expect(throws: RDataError.self) { try RDeserializer.object(in: damage.bytes, path: "damaged.rdb") }
        #expect(error?.description.contains("damaged.rdb") == true)
        #expect(error?.description.contains(damage.message) == true, "\(error.map { "\($0)" } ?? "no error")")
    }

    @Test("a missing database names the Debian package; a damaged index names the file")
    func missingAndDamagedDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = #expect(throws: RDataError.self) { try MovieRatings.read(directory: folder.path) }
        #expect(missing?.description.contains("r-cran-dslabs") == true)
        try Data("not gzip".utf8).write(to: folder.appendingPathComponent("Rdata.rdx"))
        let damaged = #expect(throws: RDataError.self) { try MovieRatings.read(directory: folder.path) }
        #expect(damaged?.description.contains("Rdata.rdx") == true)
        #expect(damaged?.description.contains("corrupt") == true, "\(damaged.map { "\($0)" } ?? "")")
    }

    @Test("MovieLens from r-cran-dslabs: 100,004 ratings by 671 users of 9,066 films, its first row as R prints it",
          .enabled(if: FileManager.default.fileExists(atPath: MovieRatings.defaultDirectory)))
    func movieLens() throws {
        let ratings = try MovieRatings.read()
        #expect(ratings.count == 100_004)
        #expect(Set(ratings.users).count == 671)
        #expect(Set(ratings.films).count == 9066)
        // R's str(movielens): movieId 31, "Dangerous Minds", 1995, userId 1, rating 2.5, timestamp 1260759144.
        #expect(ratings.films[0] == 31 && ratings.users[0] == 1 && ratings.stars[0] == 2.5 && ratings.times[0] == 1_260_759_144)
        #expect(ratings.titles[31] == "Dangerous Minds (1995)")
        #expect(ratings.titles[1] == "Toy Story (1995)")
        #expect(ratings.stars.allSatisfy { $0 >= 0.5 && $0 <= 5 })
    }
}
