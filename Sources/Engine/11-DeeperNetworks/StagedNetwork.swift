// The network chapters/11-deeper-networks/README.md trains (section 6): He et al.'s design for
// small images (their section 4.2) at Fashion-MNIST's size, with its shortcuts or without them.

/// Makes one block of a staged network, from `inChannels` to `outChannels` channels, its first
/// convolution moved by `stride`, named `name`.
public typealias BlockMaker = @Sendable (_ inChannels: Int, _ outChannels: Int, _ stride: Int, _ name: String,
                               _ generator: inout SeededGenerator) -> any Layer

/// The residual block, `ResidualBlock`.
public let residualBlockMaker: BlockMaker = { ResidualBlock($0, $1, stride: $2, name: $3, using: &$4) }

/// The plain block: the same layers without the shortcut (`plainBlock`), as one layer.
public let plainBlockMaker: BlockMaker = { Sequential(plainBlock($0, $1, stride: $2, name: $3, using: &$4), name: $3) }

/// A network of 6 · `blocks` + 2 layers with weights: a stem, conv 3 × 3 (`inChannels` → w) →
/// BN → ReLU; three stages of `blocks` blocks at w, 2w and 4w channels, the first block of the
/// second and third stages of stride 2 (28 → 14 → 7 pixels); global average pooling; fc 4w →
/// `classes`. The stem and each block are one layer of the Sequential each, so that the gradient
/// between blocks can be read, and their parameters are named "stem.…" and "stage2.block1.…".
public func stagedNetwork(blocks: Int, width: Int, inChannels: Int = 1, classes: Int = 10,
                          makeBlock: BlockMaker = residualBlockMaker, globalAveragePool: any Layer = GlobalAveragePool2D(),
                          using generator: inout SeededGenerator) -> Sequential {
    require(blocks > 0 && width > 0 && classes > 0,
            "stagedNetwork: needs blocks, width and classes above 0, got \(blocks), \(width), \(classes)")
    var layers: [any Layer] = [Sequential([
        Conv2D(inChannels, width, kernelSize: 3, padding: 1, name: "stem", using: &generator),
        BatchNorm(features: width, name: "stem.bn"), ReLU(),
    ], name: "stem")]
    var channels = width
    for stage in 0..<3 {
        for block in 0..<blocks {
            layers.append(makeBlock(channels, width << stage, stage > 0 && block == 0 ? 2 : 1,
                                    "stage\(stage + 1).block\(block + 1)", &generator))
            channels = width << stage
        }
    }
    return Sequential(layers + [globalAveragePool, Linear(channels, classes, name: "fc", using: &generator)])
}

/// The layers with weights of `stagedNetwork(blocks:…)`: the stem, two per block, and fc.
public func stagedNetworkDepth(blocks: Int) -> Int { 6 * blocks + 2 }
