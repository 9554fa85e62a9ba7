// The networks the chapters save (`chapter06 --save`, `chapter07 --full --save`, `chapter11
// --save`), rebuilt layer for layer, names included, so that a later chapter can load one: chapter
// 09 transfers it to new classes, chapter 12 looks inside it.

/// The networks a checkpoint can hold, by the model name it carries: chapter 06's CNN ("cnn"),
/// chapter 07's regularised CNN ("cnn-bn") or chapter 11's ResNet ("resnet14").
public enum SavedNetwork: String, CaseIterable, Sendable {
    case cnn, cnnBN = "cnn-bn", resNet = "resnet14"

    /// The layers that make the features: up to and including Flatten for the CNNs, up to and
    /// including the global average pooling for the ResNet.
    public var featureLayers: Int {
        switch self {
        case .cnn: 7
        case .cnnBN: 9
        case .resNet: 8
        }
    }

    /// The features per image: the CNNs' 64 maps of 4 × 4 flattened, or the ResNet's 64 channel means.
    public var features: Int { self == .resNet ? 64 : 1024 }

    /// The name of the last layer's bias, whose length is the number of classes the network learned.
    public var headBias: String { self == .resNet ? "fc.bias" : "fc2.bias" }

    /// How that chapter prepared its pixels: a network expects the inputs it was trained on.
    public var preparation: ImageSplits.Preparation { self == .cnn ? .standardized : .unnormalized }

    /// The network for 28 × 28 images, with a head of `classes` outputs.
    public func network(classes: Int, using generator: inout SeededGenerator) -> Sequential {
        switch self {
        case .cnn:
            return Sequential([Conv2D(1, 32, kernelSize: 5, name: "conv1", using: &generator), ReLU(), MaxPool2D(size: 2),
                               Conv2D(32, 64, kernelSize: 5, name: "conv2", using: &generator), ReLU(), MaxPool2D(size: 2),
                               Flatten(),
                               Linear(1024, 128, name: "fc1", using: &generator), ReLU(),
                               Linear(128, classes, name: "fc2", using: &generator)])
        case .cnnBN:
            return Sequential([Conv2D(1, 32, kernelSize: 5, name: "conv1", using: &generator),
                               BatchNorm(features: 32, name: "bn1"), ReLU(), MaxPool2D(size: 2),
                               Conv2D(32, 64, kernelSize: 5, name: "conv2", using: &generator),
                               BatchNorm(features: 64, name: "bn2"), ReLU(), MaxPool2D(size: 2), Flatten(),
                               Linear(1024, 256, name: "fc1", using: &generator),
                               BatchNorm(features: 256, name: "bn3"), ReLU(),
                               Dropout(rate: 0.5, using: &generator),
                               Linear(256, classes, name: "fc2", using: &generator)])
        case .resNet:
            return stagedNetwork(blocks: 2, width: 16, classes: classes, using: &generator)
        }
    }
}
