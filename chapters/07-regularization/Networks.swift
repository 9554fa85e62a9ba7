// The networks chapter 07 trains, and the pieces that change between its experiments.
import Regularization

/// The side of a feature map after two 5×5 convolutions, each followed by a 2×2 pool, from
/// an image side of `side` pixels (28 → 4).
func sideAfterConvolutions(_ side: Int) -> Int { ((side - 4) / 2 - 4) / 2 }

/// What one experiment adds to the plain network.
struct Regularizers {
    var dropout: Float = 0
    var batchNorm = false
}

/// The network of the demo's part 1, small enough to train five times over in a minute: conv 5×5 (16),
/// pool, conv 5×5 (32), pool, fc 128, fc 10, with a ReLU layer of its own after each
/// convolution and fc1, so that the values going into each ReLU can be drawn (part 3).
/// With batch normalisation, it sits between each of those layers and its ReLU.
func smallNetwork(_ regularizers: Regularizers, imageRows: Int, imageColumns: Int, layers: LayerMaker,
                  using generator: inout SeededGenerator) -> Sequential {
    let flat = 32 * sideAfterConvolutions(imageRows) * sideAfterConvolutions(imageColumns)
    var stack: [any Layer] = []
    func normalised(_ features: Int, _ name: String) {
        if regularizers.batchNorm { stack.append(layers.batchNorm(features, name)) }
        stack.append(ReLU())
    }
    stack.append(Conv2D(1, 16, kernelSize: 5, name: "conv1", using: &generator))
    normalised(16, "bn1")
    stack.append(MaxPool2D(size: 2))
    stack.append(Conv2D(16, 32, kernelSize: 5, name: "conv2", using: &generator))
    normalised(32, "bn2")
    stack += [MaxPool2D(size: 2), Flatten(), Linear(flat, 128, name: "fc1", using: &generator)]
    normalised(128, "bn3")
    if regularizers.dropout > 0 { stack.append(layers.dropout(regularizers.dropout, &generator)) }
    stack.append(Linear(128, 10, name: "fc2", using: &generator))
    return Sequential(stack)
}

/// The `--full` network: chapter 06's, with batch normalisation between each convolution and
/// fc1 and its ReLU, and dropout before the last layer. (The engine runs each BN → ReLU → pool
/// as one layer: chapters/10-making-it-fast/README.md, section 6.)
func fullNetwork(imageRows: Int, imageColumns: Int, dropout: Float, layers: LayerMaker,
                 using generator: inout SeededGenerator) -> Sequential {
    let flat = 64 * sideAfterConvolutions(imageRows) * sideAfterConvolutions(imageColumns)
    return Sequential([
        Conv2D(1, 32, kernelSize: 5, name: "conv1", using: &generator), layers.batchNorm(32, "bn1"), ReLU(),
        MaxPool2D(size: 2),
        Conv2D(32, 64, kernelSize: 5, name: "conv2", using: &generator), layers.batchNorm(64, "bn2"), ReLU(),
        MaxPool2D(size: 2), Flatten(),
        Linear(flat, 256, name: "fc1", using: &generator), layers.batchNorm(256, "bn3"), ReLU(),
        layers.dropout(dropout, &generator),
        Linear(256, 10, name: "fc2", using: &generator),
    ])
}

/// Makes the dropout and batch normalisation layers: the engine's, or with `--mine` yours.
struct LayerMaker {
    var batchNorm: (_ features: Int, _ name: String) -> any Layer
    var dropout: (_ rate: Float, _ generator: inout SeededGenerator) -> any Layer

    static var engine: LayerMaker {
        LayerMaker(batchNorm: { BatchNorm(features: $0, name: $1) },
                   dropout: { Dropout(rate: $0, using: &$1) })
    }
}
