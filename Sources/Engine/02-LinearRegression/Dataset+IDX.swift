// Image datasets in the IDX format (Fashion-MNIST, MNIST) as tensors. Reading and
// validating the files is the IDX support module's job; this turns them into Datasets.
import Foundation
import Datasets

extension Tensor {
    /// The values of an IDX array, converted to Float, with its shape.
    public init(_ array: IDXArray) {
        self.init(shape: array.shape, scalars: array.floats)
    }
}

extension Dataset {
    /// Images as inputs [n, rows · columns] scaled from 0…255 to [0, 1], and labels as
    /// class indices [n] (whole numbers stored as Float).
    public init(images: IDXArray, labels: IDXArray) {
        precondition(images.rank >= 2 && labels.rank == 1 && images.shape[0] == labels.shape[0],
                     "Dataset(images:labels:): \(images.shapeDescription) images against \(labels.shapeDescription) labels")
        let inputs = Tensor(images).reshaped([images.shape[0], -1]) / 255
        self.init(inputs: inputs, targets: Tensor(labels))
    }

    /// The training and test sets of an MNIST-format dataset: Fashion-MNIST from its
    /// Debian package by default, or the four IDX files in `directory` (MNIST works too).
    /// Errors name the missing package or the damaged file.
    public static func mnistFormat(directory: URL? = nil) throws -> (train: Dataset, test: Dataset) {
        let data = try IDXDataset.load(from: directory ?? IDXDatasetFiles.defaultDirectory)
        return (Dataset(images: data.trainImages, labels: data.trainLabels),
                Dataset(images: data.testImages, labels: data.testLabels))
    }
}
