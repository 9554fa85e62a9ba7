// Bad input to the dataset reader: each case is caught when the files are read, with a
// message naming the file and what is wrong.
import Foundation
import IDX
import Testing

@Suite("IDX datasets: mistakes caught when the files are read")
struct IDXDatasetInputTests {
    /// Overwrites one labels file of a small dataset with `labels`.
    static func writeLabels(_ labels: [UInt8], named name: String, in directory: URL) throws {
        try IDXArray(shape: [labels.count], values: labels).write(to: directory.appendingPathComponent(name), compression: .none)
    }

    @Test("a label of 10 or more names the file, the item and the value", arguments: ["train", "t10k"])
    func labelOutOfRange(prefix: String) throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory, trainCount: 5, testCount: 5)
            try Self.writeLabels([0, 1, 2, 12, 4], named: "\(prefix)-labels-idx1-ubyte", in: directory)
            let error = try #require(throws: IDXDatasetError.self) { try IDXDataset.load(from: directory) }
            #expect(error == .labelOutOfRange(split: prefix == "train" ? .train : .test,
                                              path: directory.appendingPathComponent("\(prefix)-labels-idx1-ubyte").path,
                                              item: 3, label: 12, classCount: 10))
            #expect(error.description.contains("item 3 (counting from 0) has label 12"))
            #expect(error.description.contains("\(prefix)-labels-idx1-ubyte"))
        }
    }

    @Test("an images file of Float64 says so, instead of looking truncated")
    func floatImages() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory)
            // The header of 5 images of 2 x 3 pixels, but type code 0x0E (Float64), and a byte per pixel.
            let bytes = IDXTestSupport.header(typeCode: 0x0E, shape: [5, 2, 3]) + [UInt8](repeating: 7, count: 30)
            try IDXTestSupport.writeBytes(bytes, named: "train-images-idx3-ubyte", in: directory)
            let error = try #require(throws: IDXError.self) { try IDXDataset.load(from: directory) }
            #expect(error.kind == .unexpectedElementType(found: .float64, expected: .unsignedByte))
            #expect(error.description.contains("holds Float64 elements"))
            #expect(error.description.contains("expected unsigned bytes"))
            #expect(error.description.contains("train-images-idx3-ubyte"))
        }
    }

    @Test("--data-dir naming a file says it is a file, not a folder")
    func directoryIsAFile() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let file = try IDXTestSupport.writeBytes([1, 2, 3], named: "data", in: directory)
            let error = try #require(throws: IDXDatasetError.self) { try IDXDataset.load(from: file) }
            #expect(error == .notAFolder(path: file.path))
            #expect(error.description.contains("is a file, not a folder"))
        }
    }

    @Test("a folder named like one of the data files says it is a folder")
    func fileIsAFolder() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory)
            let labels = directory.appendingPathComponent("t10k-labels-idx1-ubyte")
            try FileManager.default.removeItem(at: labels)
            try FileManager.default.createDirectory(at: labels, withIntermediateDirectories: false)
            let error = try #require(throws: IDXDatasetError.self) { try IDXDataset.load(from: directory) }
            #expect(error == .folderInsteadOfFile(path: labels.path))
            #expect(error.description.contains("is a folder, not a file"))
        }
    }
}
