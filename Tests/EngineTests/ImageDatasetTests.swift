import Classification
import Foundation
import IDX
import Testing

@Suite("Image datasets from IDX files")
struct ImageDatasetTests {
    @Test("four tiny IDX files become scaled, flattened inputs and class labels")
    func tinyDataset() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("idx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let pixels: [UInt8] = [0, 255, 51, 102, 0, 0, 255, 255]              // two 2×2 images
        try IDXArray(shape: [2, 2, 2], values: pixels)
            .write(to: directory.appendingPathComponent("train-images-idx3-ubyte.gz"), compression: .gzip)
        try IDXArray(shape: [2], values: [UInt8(3), 9]).write(to: directory.appendingPathComponent("train-labels-idx1-ubyte"))
        try IDXArray(shape: [1, 2, 2], values: Array(pixels[0..<4]))
            .write(to: directory.appendingPathComponent("t10k-images-idx3-ubyte"))
        try IDXArray(shape: [1], values: [UInt8(7)]).write(to: directory.appendingPathComponent("t10k-labels-idx1-ubyte"))

        let (train, test) = try Dataset.mnistFormat(directory: directory)
        #expect(train.inputs.shape == [2, 4] && test.inputs.shape == [1, 4])
        #expect(train.inputs.row(0) == Tensor([0, 1, 0.2, 0.4]))
        #expect(train.targets == Tensor([3, 9]) && test.targets == Tensor([7]))
    }

    @Test("image splits hold out validation images and normalise with the training statistics")
    func splits() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("idx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var generator = SeededGenerator(seed: 60)
        let pixels = (0..<(20 * 4)).map { _ in UInt8(generator.nextInt(below: 256)) }
        try IDXArray(shape: [20, 2, 2], values: pixels).write(to: directory.appendingPathComponent("train-images-idx3-ubyte"))
        try IDXArray(shape: [20], values: (0..<20).map { UInt8($0 % 10) })
            .write(to: directory.appendingPathComponent("train-labels-idx1-ubyte"))
        try IDXArray(shape: [5, 2, 2], values: Array(pixels[0..<20])).write(to: directory.appendingPathComponent("t10k-images-idx3-ubyte"))
        try IDXArray(shape: [5], values: (0..<5).map { UInt8($0) }).write(to: directory.appendingPathComponent("t10k-labels-idx1-ubyte"))

        let splits = try ImageSplits.load(directory: directory, trainingImages: 16, testImages: 4, validationFraction: 0.25,
                                          preparation: .standardized, using: &generator)
        #expect(splits.train.count == 12 && splits.validation.count == 4 && splits.test.count == 4)
        #expect(abs(splits.train.inputs.mean(alongAxis: 0)).max() < 1e-5)
        let deviation = sqrt(splits.train.inputs.squared().mean(alongAxis: 0))
        #expect(deviation.max() < 1 && deviation.min() > 0.9, "standardised pixels have deviation σ/(σ + 0.01)")
        #expect(splits.imageRows == 2 && splits.imageColumns == 2 && splits.features == 4)
        #expect(splits.kind == .other && splits.classNames[3] == "class 3")
    }

    @Test("Fashion-MNIST's files are recognised by their labels' checksums",
          .enabled(if: FileManager.default.fileExists(atPath: "/usr/share/datasets/fashion-mnist")))
    func fashionMNISTRecognised() throws {
        let data = try IDXDataset.load()
        let kind = ImageDatasetKind(trainLabels: data.trainLabels, testLabels: data.testLabels)
        #expect(kind == .fashionMNIST && kind.classNames[5] == "Sandal" && kind.classNames[7] == "Sneaker")
        // The same files with one label changed are someone else's data.
        var labels = data.trainLabels.payload
        labels[0] = labels[0] == 0 ? 1 : 0
        #expect(ImageDatasetKind(trainLabels: IDXArray(shape: [labels.count], values: labels),
                                 testLabels: data.testLabels) == .other)
    }

    @Test("a missing dataset names the Debian package and the option")
    func missing() {
        let nowhere = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")
        #expect {
            _ = try Dataset.mnistFormat(directory: nowhere)
        } throws: { error in
            "\(error)".contains("dataset-fashion-mnist") && "\(error)".contains("--data-dir")
        }
    }
}
