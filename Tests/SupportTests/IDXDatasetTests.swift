import Foundation
import IDX
import Testing

@Suite("MNIST-format datasets")
struct IDXDatasetTests {
    @Test("A missing directory gets advice naming the package and --data-dir")
    func missingDirectory() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            let nowhere = directory.appendingPathComponent("no-such-dataset", isDirectory: true)
            let error = try #require(throws: IDXDatasetError.self) {
                try IDXDataset.load(from: nowhere)
            }
            #expect(error == .missingFiles(directory: nowhere.path,
                                           missingFileNames: ["train-images-idx3-ubyte", "train-labels-idx1-ubyte",
                                                              "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"],
                                           directoryExists: false))
            #expect(error.paths == [nowhere.path])
            #expect(error.description.contains(nowhere.path))
            #expect(error.description.contains("no such directory"))
            #expect(error.description.contains("apt-get install dataset-fashion-mnist"))
            #expect(error.description.contains("--data-dir"))
        }
    }

    @Test("The default directory's message tells how to install Fashion-MNIST")
    func defaultDirectoryMessage() {
        let error = IDXDatasetError.missingFiles(directory: "/usr/share/datasets/fashion-mnist",
                                                 missingFileNames: ["train-images-idx3-ubyte"], directoryExists: true)
        #expect(error.description == """
            Fashion-MNIST was not found in /usr/share/datasets/fashion-mnist (no train-images-idx3-ubyte or \
            train-images-idx3-ubyte.gz there). Install it with `apt-get install dataset-fashion-mnist`, or pass \
            --data-dir DIR naming a folder with the four IDX files (MNIST works too).
            """)
    }

    @Test("Only the files that are absent are listed")
    func someFilesMissing() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory)
            try FileManager.default.removeItem(at: directory.appendingPathComponent("t10k-labels-idx1-ubyte"))
            let error = try #require(throws: IDXDatasetError.self) {
                try IDXDatasetFiles(directory: directory)
            }
            #expect(error == .missingFiles(directory: directory.path, missingFileNames: ["t10k-labels-idx1-ubyte"],
                                           directoryExists: true))
            #expect(error.description.contains("(no t10k-labels-idx1-ubyte or t10k-labels-idx1-ubyte.gz there)"))
            #expect(!error.description.contains("no train-images"))
            #expect(error.description.contains("dataset-fashion-mnist"))
        }
    }

    @Test("A dataset loads from plain, gzipped and dot-spelled files")
    func loadsSmallDataset() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(
                in: directory,
                names: ["train-images.idx3-ubyte", "train-labels-idx1-ubyte.gz",
                        "t10k-images-idx3-ubyte.gz", "t10k-labels.idx1-ubyte.gz"],
                gzip: true)
            let dataset = try IDXDataset.load(from: directory)
            #expect(dataset.files.trainImages.lastPathComponent == "train-images.idx3-ubyte")
            #expect(dataset.files.testLabels.lastPathComponent == "t10k-labels.idx1-ubyte.gz")
            #expect(dataset.trainImages.shape == [5, 2, 3])
            #expect(dataset.trainLabels.shape == [5])
            #expect(dataset.testImages.shape == [3, 2, 3])
            #expect(dataset.testLabels.unsignedBytes == [0, 1, 2])
            #expect(dataset.images(for: .train).unsignedBytes == (0..<30).map { UInt8($0) })
            #expect(dataset.labels(for: .test) == dataset.testLabels)
        }
    }

    @Test("An uncompressed file is preferred to a gzipped one beside it")
    func prefersPlainFile() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory)
            try IDXArray(shape: [1], values: [UInt8(0)])
                .write(to: directory.appendingPathComponent("train-labels-idx1-ubyte.gz"), compression: .gzip)
            let files = try IDXDatasetFiles(directory: directory)
            #expect(files.trainLabels.lastPathComponent == "train-labels-idx1-ubyte")
            #expect(files.labels(for: .train) == files.trainLabels)
        }
    }

    @Test("Image and label counts must agree")
    func countMismatch() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory, trainCount: 6, trainLabelCount: 5)
            let error = try #require(throws: IDXDatasetError.self) {
                try IDXDataset.load(from: directory)
            }
            #expect(error == .countMismatch(
                split: .train,
                imagesPath: directory.appendingPathComponent("train-images-idx3-ubyte").path, imageCount: 6,
                labelsPath: directory.appendingPathComponent("train-labels-idx1-ubyte").path, labelCount: 5))
            #expect(error.description.contains("train images hold 6 items but train labels hold 5"))
            #expect(error.description.contains("train-images-idx3-ubyte"))
            #expect(error.description.contains("train-labels-idx1-ubyte"))
        }
    }

    @Test("Images must be rank-3 unsigned bytes")
    func wrongImageLayout() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory)
            let imagesURL = directory.appendingPathComponent("t10k-images-idx3-ubyte")
            try IDXArray(shape: [3, 6], values: [UInt8](repeating: 1, count: 18)).write(to: imagesURL)
            let error = try #require(throws: IDXDatasetError.self) {
                try IDXDataset.loadSplit(.test, from: directory)
            }
            #expect(error == .wrongImageLayout(split: .test, path: imagesURL.path, shape: [3, 6], elementType: .unsignedByte))
            #expect(error.description.contains("t10k-images-idx3-ubyte"))
            #expect(error.description.contains("expected a rank-3 array of unsigned bytes"))
            #expect(error.description.contains("shape 3 x 6"))
        }
    }

    @Test("Labels must be rank-1 unsigned bytes")
    func wrongLabelLayout() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory)
            let labelsURL = directory.appendingPathComponent("train-labels-idx1-ubyte")
            try IDXArray(shape: [5, 1], values: [UInt8](repeating: 1, count: 5)).write(to: labelsURL)
            let error = try #require(throws: IDXDatasetError.self) {
                try IDXDataset.load(from: directory)
            }
            #expect(error == .wrongLabelLayout(split: .train, path: labelsURL.path, shape: [5, 1], elementType: .unsignedByte))
            #expect(error.description.contains("train-labels-idx1-ubyte"))
            #expect(error.description.contains("rank-1 array of unsigned bytes"))
            // Another element type is named when the file is read, before its data.
            try IDXArray(shape: [5], values: [Int32](repeating: 1, count: 5)).write(to: labelsURL)
            let typeError = try #require(throws: IDXError.self) { try IDXDataset.load(from: directory) }
            #expect(typeError.kind == .unexpectedElementType(found: .int32, expected: .unsignedByte))
            #expect(typeError.description.contains("train-labels-idx1-ubyte") && typeError.description.contains("holds Int32 elements"))
        }
    }

    @Test("A damaged file in a dataset is reported with its own name")
    func damagedFileInDataset() throws {
        try IDXTestSupport.withTemporaryDirectory { directory in
            try IDXTestSupport.writeDataset(in: directory)
            let labelsURL = directory.appendingPathComponent("t10k-labels-idx1-ubyte")
            try IDXTestSupport.writeBytes(IDXTestSupport.header(typeCode: 0x08, shape: [3]) + [1],
                                          named: "t10k-labels-idx1-ubyte", in: directory)
            let error = try #require(throws: IDXError.self) {
                try IDXDataset.load(from: directory)
            }
            #expect(error.path == labelsURL.path)
            #expect(error.description.contains("the header promises 3 bytes of data but the file holds 1"))
        }
    }

    @Test("Fashion-MNIST's test split loads, if installed",
          .enabled(if: FileManager.default.fileExists(atPath: IDXDatasetFiles.defaultDirectory.path),
                   "Fashion-MNIST is not installed (apt-get install dataset-fashion-mnist)"))
    func fashionMNISTTestSplit() throws {
        let (images, labels) = try IDXDataset.loadSplit(.test)
        #expect(images.shape == [10000, 28, 28])
        #expect(images.elementType == .unsignedByte)
        #expect(labels.shape == [10000])
        let labelValues = labels.unsignedBytes
        #expect(labelValues.allSatisfy { $0 < 10 })
        #expect(Set(labelValues).count == 10)
        #expect(images.unsignedBytes.contains { $0 > 0 })
    }
}
