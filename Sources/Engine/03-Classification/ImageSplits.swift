// The three sets every image-classification chapter works with: training, validation
// (held out from the training file, for watching training and choosing settings) and test
// (touched once, at the end), normalised with the training set's statistics.
import Foundation

/// Training, validation and test sets of an MNIST-format dataset.
public struct ImageSplits: Sendable {
    public var train: Dataset
    public var validation: Dataset
    public var test: Dataset

    /// How to normalise the pixels.
    public enum Preparation: Sendable {
        /// Subtract each pixel's training mean (chapter 03).
        case centered
        /// Also divide by each pixel's training standard deviation (chapter 05).
        case standardized
    }

    /// Loads Fashion-MNIST (or the IDX files in `directory`), keeps the first
    /// `trainingImages` and `testImages` when given (a quick run's smaller sets), holds out
    /// `validationFraction` of the training images at random, and normalises all three with
    /// statistics of the remaining training images.
    public static func load(directory: URL?, trainingImages: Int? = nil, testImages: Int? = nil,
                            validationFraction: Double, preparation: Preparation,
                            using generator: inout SeededGenerator) throws -> ImageSplits {
        var (training, test) = try Dataset.mnistFormat(directory: directory)
        if let trainingImages { training = training.subset(Array(0..<Swift.min(trainingImages, training.count))) }
        if let testImages { test = test.subset(Array(0..<Swift.min(testImages, test.count))) }
        let (train, validation) = training.split(validationFraction: validationFraction, using: &generator)
        let normalization = preparation == .centered
            ? Normalization(centering: train.inputs) : Normalization(standardizing: train.inputs)
        return ImageSplits(train: normalization.apply(train), validation: normalization.apply(validation),
                           test: normalization.apply(test))
    }
}
