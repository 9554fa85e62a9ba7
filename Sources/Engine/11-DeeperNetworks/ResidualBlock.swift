// A residual block (He, Zhang, Ren and Sun 2016): y = relu(F(x) + S(x)). F, the residual, is
// two 3 × 3 convolutions with batch normalisation and a ReLU between them; S, the shortcut, is
// the identity, or a 1 × 1 convolution with batch normalisation where the block changes the
// number of channels or halves the size (stride 2), so that F(x) and S(x) have one shape.
// Backward adds what the two paths send back: with g = ∂L/∂y ⊙ [F(x) + S(x) > 0],
// ∂L/∂x = (∂F/∂x)ᵀ g + (∂S/∂x)ᵀ g, and for the identity the second term is g itself: the
// gradient reaches the block's input without passing through its layers.
// Derivation: chapters/11-deeper-networks/README.md, section 5.
//
// Shapes: x [n, c, h, w] → y [n, k, h / s, w / s], s the stride (1 or 2).

/// relu(F(x) + S(x)), F = conv 3 × 3 (stride s) → BN → ReLU → conv 3 × 3 → BN, S the identity
/// when the shape stays, else conv 1 × 1 (stride s) → BN.
public final class ResidualBlock: Layer {
    /// F, the residual path.
    public let residual: Sequential
    /// S when it is not the identity: the projection of x to F's shape.
    public let projection: Sequential?
    public let inChannels: Int, outChannels: Int, stride: Int
    public let name: String
    /// Kept by forward for backward: y = relu(F(x) + S(x)), whose positive entries are where the
    /// ReLU let the gradient through.
    private var output: Tensor?

    /// A block from `inChannels` to `outChannels` channels, its first convolution (and the
    /// projection, if any) moved by `stride`; the convolutions drawn He-normal by `generator`.
    public init(_ inChannels: Int, _ outChannels: Int, stride: Int = 1, name: String = "block",
                using generator: inout SeededGenerator) {
        residual = Sequential(residualPath(inChannels, outChannels, stride: stride, name: name, using: &generator))
        projection = stride == 1 && inChannels == outChannels ? nil : Sequential([
            Conv2D(inChannels, outChannels, kernelSize: 1, stride: stride, name: "\(name).projection", using: &generator),
            BatchNorm(features: outChannels, name: "\(name).projectionBN"),
        ])
        (self.inChannels, self.outChannels, self.stride, self.name) = (inChannels, outChannels, stride, name)
    }

    public func forward(_ input: Tensor) -> Tensor {
        require(input.rank == 4 && input.shape[1] == inChannels,
                "\(description): needs images [n, \(inChannels), h, w], got \(input.shape)")
        var sum = residual.forward(input)
        sum += projection?.forward(input) ?? input
        // The ReLU written out rather than as chapter 04's layer: this module's loops are optimised
        // in a debug build and chapter 04's are not, and there that layer's forward pass took as long
        // as the rest of the block's (why: chapters/10-making-it-fast/README.md, section 7).
        let output = sum.map { Swift.max(0, $0) }
        self.output = output
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let output else { fatalError("\(description).backward: call forward first") }
        // g = ∂L/∂(F(x) + S(x)) = ∂L/∂y ⊙ [F(x) + S(x) > 0], where F(x) + S(x) > 0 exactly when y > 0;
        // the sum then sends g down both paths, and their gradients add.
        let g = outputGradient * output.map { $0 > 0 ? 1 : 0 }
        var inputGradient = residual.backward(g)
        inputGradient += projection?.backward(g) ?? g
        return inputGradient
    }

    public var parameters: [Parameter] { residual.parameters + (projection?.parameters ?? []) }
    public var state: [LayerState] { residual.state + (projection?.state ?? []) }

    public func setMode(_ mode: Mode) {
        residual.setMode(mode)
        projection?.setMode(mode)
    }

    public var description: String {
        "ResidualBlock(\(inChannels) → \(outChannels)" + (stride == 1 ? "" : ", stride \(stride)")
            + (projection == nil ? ", identity" : ", 1×1 projection") + ")"
    }
}
