// The blocks deeper networks are stacked from, as chapters/11-deeper-networks/README.md draws
// them: VGG's run of 3 × 3 convolutions closed by a pooling (section 2), a residual block's path
// F (section 5), and the plain block, F without the shortcut, for the degradation experiment.

/// The padding that keeps an odd `kernel`'s output the size of its input at stride 1 ("same"
/// padding): (k − 1) / 2 on each side.
public func samePadding(kernel: Int) -> Int {
    require(kernel > 0 && kernel % 2 == 1, "samePadding: needs an odd kernel size (an even one cannot be centred), got \(kernel)")
    return (kernel - 1) / 2
}

/// VGG's block: `convolutions` 3 × 3 convolutions with same padding, each followed by a ReLU,
/// the first from `inChannels` to `outChannels`, then 2 × 2 max pooling, which halves the size.
public func vggBlock(_ inChannels: Int, _ outChannels: Int, convolutions: Int, name: String = "vgg",
                     using generator: inout SeededGenerator) -> [any Layer] {
    require(convolutions > 0, "vggBlock \(name): needs at least one convolution, got \(convolutions)")
    var layers: [any Layer] = []
    for index in 0..<convolutions {
        layers.append(Conv2D(index == 0 ? inChannels : outChannels, outChannels, kernelSize: 3, padding: samePadding(kernel: 3),
                             name: "\(name).conv\(index + 1)", using: &generator))
        layers.append(ReLU())
    }
    return layers + [MaxPool2D(size: 2)]
}

/// The layers of a residual block's F: conv 3 × 3 (stride s) → BN → ReLU → conv 3 × 3 → BN,
/// from `inChannels` to `outChannels` channels (section 5).
public func residualPath(_ inChannels: Int, _ outChannels: Int, stride: Int = 1, name: String,
                         using generator: inout SeededGenerator) -> [any Layer] {
    require(inChannels > 0 && outChannels > 0, "\(name): needs positive channels, got \(inChannels) → \(outChannels)")
    require(stride == 1 || stride == 2, "\(name): the stride must be 1 or 2, got \(stride)")
    return [
        Conv2D(inChannels, outChannels, kernelSize: 3, stride: stride, padding: 1, name: "\(name).conv1", using: &generator),
        BatchNorm(features: outChannels, name: "\(name).bn1"),
        ReLU(),
        Conv2D(outChannels, outChannels, kernelSize: 3, padding: 1, name: "\(name).conv2", using: &generator),
        BatchNorm(features: outChannels, name: "\(name).bn2"),
    ]
}

/// A residual block without its shortcut: F, then a ReLU. Stacked, these make the plain network
/// that He et al. set against the residual one.
public func plainBlock(_ inChannels: Int, _ outChannels: Int, stride: Int = 1, name: String = "plain",
                       using generator: inout SeededGenerator) -> [any Layer] {
    residualPath(inChannels, outChannels, stride: stride, name: name, using: &generator) + [ReLU()]
}
