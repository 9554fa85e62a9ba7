// The three sets every image-classification chapter works with: training, validation
// (held out from the training file, for watching training and choosing settings) and test
// (touched once, at the end), normalised with the training set's statistics; with what
// the chapters need to know about the images (their size) and the classes (their names).
import Foundation
import Datasets

/// Training, validation and test sets of an MNIST-format dataset.
public struct ImageSplits: Sendable {
    public var train: Dataset
    public var validation: Dataset
    public var test: Dataset
    /// The images' height and width in pixels (28 x 28 in MNIST and Fashion-MNIST).
    public var imageRows: Int
    public var imageColumns: Int
    /// Which dataset the files hold, and so the names of its classes.
    public var kind: ImageDatasetKind

    /// Pixels per image: the number of input features.
    public var features: Int { imageRows * imageColumns }
    /// The ten classes' names, by label.
    public var classNames: [String] { kind.classNames }

    /// How to normalise the pixels.
    public enum Preparation: Sendable {
        /// Subtract each pixel's training mean (chapter 03).
        case centered
        /// Also divide by each pixel's training standard deviation (chapter 05).
        case standardized
        /// Leave the pixels in [0, 1] (chapter 07): the background stays 0, so an image flipped
        /// or shifted by augmentation, zeros filling in, is still an image of the data set,
        /// which it is not once each pixel has its own mean and scale.
        case unnormalized
    }

    /// Loads Fashion-MNIST (or the IDX files in `directory`): `ImageData.read`, then `split`.
    public static func load(directory: URL?, trainingImages: Int? = nil, testImages: Int? = nil,
                            validationFraction: Double, preparation: Preparation,
                            using generator: inout SeededGenerator) throws -> ImageSplits {
        try split(try ImageData.read(directory: directory), trainingImages: trainingImages, testImages: testImages,
                  validationFraction: validationFraction, preparation: preparation, using: &generator)
    }

    /// Keeps the first `trainingImages` and `testImages` of `data` when given (a quick run's
    /// smaller sets), holds out `validationFraction` of the training images at random, and
    /// normalises all three with statistics of the remaining training images (unless
    /// `preparation` is `.unnormalized`).
    ///
    /// - Throws: ``ImageDataError/missingClasses(path:classes:names:firstImages:)`` when the
    ///   images kept lack a class that the whole file has (a file sorted by label, say).
    public static func split(_ data: ImageData, trainingImages: Int? = nil, testImages: Int? = nil,
                             validationFraction: Double, preparation: Preparation,
                             using generator: inout SeededGenerator) throws -> ImageSplits {
        var (training, test) = (data.train, data.test)
        if let trainingImages, trainingImages < training.count {
            training = training.subset(Array(0..<trainingImages))
            let missing = ImageData.missingClasses(training.targets)
            guard missing.isEmpty else {
                throw ImageDataError.missingClasses(path: data.trainLabelsPath, classes: missing,
                                                    names: missing.map { data.kind.classNames[$0] },
                                                    firstImages: trainingImages)
            }
        }
        if let testImages { test = test.subset(Array(0..<Swift.min(testImages, test.count))) }
        let (train, validation) = training.split(validationFraction: validationFraction, using: &generator)
        let normalization: Normalization? = switch preparation {
        case .centered: Normalization(centering: train.inputs)
        case .standardized: Normalization(standardizing: train.inputs)
        case .unnormalized: nil
        }
        func prepared(_ data: Dataset) -> Dataset { normalization?.apply(data) ?? data }
        return ImageSplits(train: prepared(train), validation: prepared(validation), test: prepared(test),
                           imageRows: data.imageRows, imageColumns: data.imageColumns, kind: data.kind)
    }
}

/// An MNIST-format dataset read and checked, before any random split: a chapter reads it
/// first, so that a mistake in the files stops it before any work.
public struct ImageData: Sendable {
    public var train: Dataset
    public var test: Dataset
    public var imageRows: Int
    public var imageColumns: Int
    public var kind: ImageDatasetKind
    /// The training labels' file, for messages.
    public var trainLabelsPath: String

    /// Reads Fashion-MNIST (or the IDX files in `directory`) and checks it.
    ///
    /// - Throws: the IDX module's errors for missing or damaged files and labels out of
    ///   range; ``ImageDataError`` when the training file lacks a class or the two splits'
    ///   images differ in size.
    public static func read(directory: URL?) throws -> ImageData {
        let data = try IDXDataset.load(from: directory ?? IDXDatasetFiles.defaultDirectory)
        let kind = ImageDatasetKind(trainLabels: data.trainLabels, testLabels: data.testLabels)
        let size = Array(data.trainImages.shape.dropFirst())
        guard Array(data.testImages.shape.dropFirst()) == size else {
            throw ImageDataError.sizeMismatch(trainPath: data.files.trainImages.path, trainSize: size,
                                              testPath: data.files.testImages.path,
                                              testSize: Array(data.testImages.shape.dropFirst()))
        }
        let train = Dataset(images: data.trainImages, labels: data.trainLabels)
        let missing = missingClasses(train.targets)
        guard missing.isEmpty else {
            throw ImageDataError.missingClasses(path: data.files.trainLabels.path, classes: missing,
                                                names: missing.map { kind.classNames[$0] }, firstImages: nil)
        }
        return ImageData(train: train, test: Dataset(images: data.testImages, labels: data.testLabels),
                         imageRows: size[0], imageColumns: size[1], kind: kind,
                         trainLabelsPath: data.files.trainLabels.path)
    }

    /// The classes no label in `labels` names, in order.
    static func missingClasses(_ labels: Tensor) -> [Int] {
        let present = Set(labels.scalars.map { Int($0) })
        return (0..<IDXDataset.classCount).filter { !present.contains($0) }
    }
}

/// Why an MNIST-format dataset, sound file by file, cannot serve the image chapters.
public enum ImageDataError: Error, CustomStringConvertible, Equatable {
    /// The training labels (or the first `firstImages` of them, all a run keeps) hold no
    /// example of these classes.
    case missingClasses(path: String, classes: [Int], names: [String], firstImages: Int?)
    /// The training and test images differ in size.
    case sizeMismatch(trainPath: String, trainSize: [Int], testPath: String, testSize: [Int])

    public var description: String {
        switch self {
        case let .missingClasses(path, classes, names, firstImages):
            let list = zip(classes, names).map { "\($0) (\($1))" }.joined(separator: ", ")
            let which = firstImages.map { "the first \($0) training labels of \(path), all this run keeps," }
                ?? "the training labels \(path)"
            return "\(which) have no images of class \(list): every chapter's classifier "
                + "learns all \(IDXDataset.classCount) classes, so each needs training images"
                + (firstImages == nil ? "" : " (is the file sorted by label? a full run, without --quick, reads every image)")
        case let .sizeMismatch(trainPath, trainSize, testPath, testSize):
            return "the training images \(trainPath) are \(trainSize.map(String.init).joined(separator: " x ")) pixels "
                + "but the test images \(testPath) are \(testSize.map(String.init).joined(separator: " x ")): "
                + "a model trained on one size cannot read the other"
        }
    }
}
