// Which MNIST-format dataset a folder holds, so plots and messages name its classes:
// Fashion-MNIST is recognised by the checksums of its label files, MNIST by its
// well-known first labels and sizes (its files are not on this machine to checksum);
// anything else is called by its class numbers.
import Datasets

/// A recognised MNIST-format dataset, with the names of its ten classes.
public enum ImageDatasetKind: Equatable, Sendable {
    case fashionMNIST
    case mnist
    /// Some other dataset in the MNIST format.
    case other

    /// Recognises the dataset from its training and test labels.
    public init(trainLabels: IDXArray, testLabels: IDXArray) {
        if trainLabels.checksum == 0x2ED6_E46A && testLabels.checksum == 0x242B_C73F {
            self = .fashionMNIST
        } else if trainLabels.shape == [60000], testLabels.shape == [10000],
                  trainLabels.payload.prefix(10) == [5, 0, 4, 1, 9, 2, 1, 3, 1, 4],
                  testLabels.payload.prefix(10) == [7, 2, 1, 0, 4, 1, 4, 9, 5, 9] {
            self = .mnist
        } else {
            self = .other
        }
    }

    /// The dataset's name in messages.
    public var name: String {
        switch self {
        case .fashionMNIST: "Fashion-MNIST"
        case .mnist: "MNIST"
        case .other: "the dataset"
        }
    }

    /// The names of the ten classes, by label.
    public var classNames: [String] {
        switch self {
        case .fashionMNIST: fashionMNISTClassNames
        case .mnist: (0..<10).map { "digit \($0)" }
        case .other: (0..<10).map { "class \($0)" }
        }
    }
}

/// The ten classes of Fashion-MNIST, by label.
public let fashionMNISTClassNames = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                     "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
