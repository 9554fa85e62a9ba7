import Foundation
import IDX
import LinearRegression
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
