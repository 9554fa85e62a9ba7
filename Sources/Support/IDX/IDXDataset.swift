import Foundation

/// An MNIST-format dataset read into memory: images and labels for training and testing.
///
/// Images are rank-3 arrays of unsigned bytes (items x rows x columns, pixels 0...255),
/// labels rank-1 arrays of unsigned bytes, one per image.
public struct IDXDataset: Sendable, Equatable {
    /// The number of classes of an MNIST-format dataset: every label is 0 to 9.
    public static let classCount = 10

    /// Where the four arrays were read from.
    public let files: IDXDatasetFiles
    /// The training images, such as 60000 x 28 x 28.
    public let trainImages: IDXArray
    /// The training labels, one per training image.
    public let trainLabels: IDXArray
    /// The test images, such as 10000 x 28 x 28.
    public let testImages: IDXArray
    /// The test labels, one per test image.
    public let testLabels: IDXArray

    /// Reads the four files of the dataset in `directory` and checks they fit together.
    ///
    /// - Throws: ``IDXDatasetError`` if a file is missing, has the wrong shape or type, or
    ///   if images and labels disagree in number; ``IDXError`` if a file is damaged.
    public static func load(from directory: URL = IDXDatasetFiles.defaultDirectory) throws -> IDXDataset {
        try IDXDataset(files: IDXDatasetFiles(directory: directory))
    }

    /// Reads and checks just one split of the dataset in `directory`, such as the test
    /// split for a quick evaluation.
    ///
    /// - Throws: as ``load(from:)``.
    public static func loadSplit(
        _ split: IDXSplit, from directory: URL = IDXDatasetFiles.defaultDirectory
    ) throws -> (images: IDXArray, labels: IDXArray) {
        try IDXDatasetFiles(directory: directory).loadSplit(split)
    }

    /// Reads the four located `files` and checks they fit together.
    ///
    /// - Throws: as ``load(from:)``.
    public init(files: IDXDatasetFiles) throws {
        let train = try files.loadSplit(.train)
        let test = try files.loadSplit(.test)
        self.files = files
        self.trainImages = train.images
        self.trainLabels = train.labels
        self.testImages = test.images
        self.testLabels = test.labels
    }

    /// The images of `split`.
    public func images(for split: IDXSplit) -> IDXArray {
        split == .train ? trainImages : testImages
    }

    /// The labels of `split`.
    public func labels(for split: IDXSplit) -> IDXArray {
        split == .train ? trainLabels : testLabels
    }
}

extension IDXDatasetFiles {
    /// Reads the images and labels of `split` and checks them: images a rank-3 array of
    /// unsigned bytes, labels a rank-1 array of unsigned bytes, as many labels as images,
    /// every label a class 0 to 9.
    ///
    /// - Throws: ``IDXDatasetError`` or ``IDXError``, naming the files involved.
    public func loadSplit(_ split: IDXSplit) throws -> (images: IDXArray, labels: IDXArray) {
        let imagesURL = images(for: split)
        let labelsURL = labels(for: split)
        let images = try IDXArray(contentsOf: imagesURL, expecting: .unsignedByte)
        guard images.rank == 3 && images.elementType == .unsignedByte else {
            throw IDXDatasetError.wrongImageLayout(split: split, path: imagesURL.path,
                                                   shape: images.shape, elementType: images.elementType)
        }
        let labels = try IDXArray(contentsOf: labelsURL, expecting: .unsignedByte)
        guard labels.rank == 1 && labels.elementType == .unsignedByte else {
            throw IDXDatasetError.wrongLabelLayout(split: split, path: labelsURL.path,
                                                   shape: labels.shape, elementType: labels.elementType)
        }
        guard images.shape[0] == labels.shape[0] else {
            throw IDXDatasetError.countMismatch(split: split, imagesPath: imagesURL.path, imageCount: images.shape[0],
                                                labelsPath: labelsURL.path, labelCount: labels.shape[0])
        }
        // Checked here, once, with the item's place in the file: a label out of range would
        // otherwise stop training much later, at a shuffled row.
        if let item = labels.payload.firstIndex(where: { Int($0) >= IDXDataset.classCount }) {
            throw IDXDatasetError.labelOutOfRange(split: split, path: labelsURL.path, item: item,
                                                  label: Int(labels.payload[item]), classCount: IDXDataset.classCount)
        }
        return (images, labels)
    }
}
