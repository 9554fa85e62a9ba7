// The convolution layer, as chapters/06-convnets/README.md derives it: forward by im2col and
// one matrix product per image (section 4), backward by two matrix products and col2im (section 5).
//
// Shapes: input x [n, c, h, w], weight W [k, c, kh, kw], bias b [k] → y [n, k, oh, ow].
// The fast path, Conv2D+FastPath.swift, gives the same numbers a group of images at a time
// across the cores. A network writes conv → ReLU → pool as three layers; the engine runs them as
// one Conv2D with `followedByReLU` and `maxPooled`, which applies the ReLU and pools as it writes
// (FusedLayers.swift; chapters/10-making-it-fast/README.md, section 6).

/// A 2-D convolution (cross-correlation) with `outChannels` kernels of kh × kw over
/// `inChannels` channels, moved by `stride`, over an input padded by `padding` zeros.
public final class Conv2D: FastPathLayer {
    public let weight: Parameter
    public let bias: Parameter
    public let stride: Int
    public let padding: Int
    public let name: String
    /// Whether the layer applies ReLU to its output itself.
    public let followedByReLU: Bool
    /// Whether the layer max-pools its output over 2 × 2 windows, stride 2, itself (after the
    /// ReLU, if any): the output is then [n, k, oh / 2, ow / 2].
    public let maxPooled: Bool
    /// Whether `forward` and `backward` take the fast path, Conv2D+FastPath.swift.
    public var usesFastPath = FastPaths.enabledByDefault
    /// Kept by forward for backward: the input; ReLU's output before pooling (its positive
    /// entries are ReLU's mask) and each window's winner, a flat index into [n, k, oh, ow].
    var input: Tensor?, activations: Tensor?, poolWinners: [Int32] = []
    /// The fast path's own: its output with ReLU, and each winner's index in its oh × ow plane.
    var output: Tensor?, winners: [Int32] = []

    /// A layer with the given kernel [k, c, kh, kw] and bias [k].
    public init(weight: Tensor, bias: Tensor, stride: Int = 1, padding: Int = 0, followedByReLU: Bool = false,
                maxPooled: Bool = false, name: String = "conv") {
        require(weight.rank == 4 && bias.shape == [weight.shape[0]],
                     "Conv2D \(name): needs a kernel [out, in, kh, kw] and a bias [out], got \(weight.shape) and \(bias.shape)")
        require(stride > 0, "Conv2D \(name): the stride must be at least 1, got \(stride)")
        require(padding >= 0, "Conv2D \(name): the padding must be 0 or more, got \(padding)")
        self.weight = Parameter(weight, name: "\(name).weight")
        self.bias = Parameter(bias, name: "\(name).bias")
        (self.stride, self.padding, self.followedByReLU, self.maxPooled, self.name) =
            (stride, padding, followedByReLU, maxPooled, name)
    }

    /// A layer computing with `layer`'s own weight and bias (the same objects, so training either
    /// trains both), with a ReLU and pooling of its own: how `Sequential` fuses conv → ReLU → pool.
    init(sharing layer: Conv2D, followedByReLU: Bool, maxPooled: Bool) {
        (weight, bias, stride, padding, name) = (layer.weight, layer.bias, layer.stride, layer.padding, layer.name)
        (self.followedByReLU, self.maxPooled) = (followedByReLU, maxPooled)
    }

    /// A layer of `outChannels` kernels of `kernelSize`, drawn by `initializer` (He normal for
    /// ReLU unless told), with fan-in c·kh·kw and fan-out k·kh·kw; the bias starts at zero.
    public convenience init(_ inChannels: Int, _ outChannels: Int, kernelSize: (height: Int, width: Int),
                            stride: Int = 1, padding: Int = 0, followedByReLU: Bool = false, maxPooled: Bool = false,
                            initializer: Initializer = .heNormal(gain: Nonlinearity.relu.gain),
                            name: String = "conv", using generator: inout SeededGenerator) {
        require(inChannels > 0 && outChannels > 0 && kernelSize.height > 0 && kernelSize.width > 0,
                     "Conv2D \(name): needs positive channels and kernel size, got \(inChannels) → \(outChannels), "
                     + "\(kernelSize.height) × \(kernelSize.width)")
        let area = kernelSize.height * kernelSize.width
        let shape = [outChannels, inChannels, kernelSize.height, kernelSize.width]
        self.init(weight: initializer.weights(shape: shape, fanIn: inChannels * area, fanOut: outChannels * area,
                                              using: &generator),
                  bias: .zeros([outChannels]), stride: stride, padding: padding, followedByReLU: followedByReLU,
                  maxPooled: maxPooled, name: name)
    }

    /// A square kernel.
    public convenience init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                            followedByReLU: Bool = false, maxPooled: Bool = false,
                            initializer: Initializer = .heNormal(gain: Nonlinearity.relu.gain),
                            name: String = "conv", using generator: inout SeededGenerator) {
        self.init(inChannels, outChannels, kernelSize: (kernelSize, kernelSize), stride: stride, padding: padding,
                  followedByReLU: followedByReLU, maxPooled: maxPooled, initializer: initializer, name: name, using: &generator)
    }

    public var outChannels: Int { weight.value.shape[0] }
    public var inChannels: Int { weight.value.shape[1] }

    func geometry(_ shape: [Int]) -> ConvolutionGeometry {
        let g = ConvolutionGeometry(input: shape, channels: inChannels, kernelHeight: weight.value.shape[2],
                                    kernelWidth: weight.value.shape[3], stride: stride, padding: padding,
                                    layer: "\(description), kernel \(weight.value.shape)")
        require(!maxPooled || (g.outputHeight >= 2 && g.outputWidth >= 2),
                "\(description): an output of \(g.outputHeight) × \(g.outputWidth) for the input \(shape) has no 2 × 2 window to pool")
        return g
    }

    /// The layer's output shape for an input of geometry `g`: [n, k, oh, ow], halved by pooling.
    func outputShape(_ g: ConvolutionGeometry, images n: Int) -> [Int] {
        maxPooled ? [n, outChannels, g.outputHeight / 2, g.outputWidth / 2] : [n, outChannels, g.outputHeight, g.outputWidth]
    }

    /// The convolution of each image as one matrix product (the notes' sections 2 and 4), then
    /// the ReLU and the pooling if the layer has them (section 6).
    public func forward(_ input: Tensor) -> Tensor {
        if usesFastPath { return fastForward(input) }   // Fast path: Conv2D+FastPath.swift, chapter 10's notes
        let g = geometry(input.shape)
        self.input = input
        let (n, k) = (input.shape[0], outChannels)
        // W as a matrix [k, c·kh·kw], its columns in the order (ch, u, v) of X's rows; b as a column [k, 1].
        let (w, b) = (weight.value.reshaped([k, g.patchSize]), bias.value.reshaped([k, 1]))
        var products: [Float] = []
        for image in 0..<n {
            // Y = W X + b, X = im2col(x[image])     [k, c·kh·kw] · [c·kh·kw, oh·ow] + [k, 1] = [k, oh·ow]
            products += (matmul(w, im2colTensor(input.row(image), g)) + b).scalars
        }
        var y = Tensor(shape: [n, k, g.outputHeight, g.outputWidth], scalars: products)
        if followedByReLU {
            // a = max(0, y)                                                     [n, k, oh, ow]
            y = maximum(y, 0)
            activations = y
        }
        if maxPooled {
            // p[i, j] = the largest of a's 2 × 2 window at (2i, 2j)             [n, k, oh / 2, ow / 2]
            (y, poolWinners) = maxPool(y, size: 2, stride: 2, layer: description)
        }
        return y
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        if usesFastPath { return fastBackward(outputGradient, inputGradient: true)! }   // Fast path: Conv2D+FastPath.swift
        return backward(outputGradient, inputGradient: true)!
    }

    public func backwardParametersOnly(_ outputGradient: Tensor) {
        if usesFastPath { _ = fastBackward(outputGradient, inputGradient: false); return }   // Fast path: Conv2D+FastPath.swift
        _ = backward(outputGradient, inputGradient: false)
    }

    /// ∂L/∂W and ∂L/∂b into the parameters, and ∂L/∂x when asked (the notes' section 5): the
    /// steps of `forward` undone in reverse order, pooling, ReLU, then each image's product.
    private func backward(_ outputGradient: Tensor, inputGradient: Bool) -> Tensor? {
        guard let x = input else {
            fatalError("\(description).backward: call forward first, so the layer has an input to differentiate at")
        }
        let g = geometry(x.shape)
        let (n, k) = (x.shape[0], outChannels)
        require(outputGradient.shape == outputShape(g, images: n), "shape mismatch in \(description).backward: "
                + "gradient \(outputGradient.shape), expected \(outputShape(g, images: n))")
        var dy = outputGradient
        if maxPooled {
            // ∂L/∂a[the winner of window (i, j)] += ∂L/∂p[i, j], 0 elsewhere     [n, k, oh, ow]
            dy = maxPoolBackward(dy, winners: poolWinners, inputShape: [n, k, g.outputHeight, g.outputWidth])
        }
        if followedByReLU {
            // ∂L/∂y = ∂L/∂a · [a > 0]                                             [n, k, oh, ow]
            guard let a = activations, a.shape == dy.shape else {
                fatalError("\(description).backward: call forward first, so the layer has the output its ReLU masks by")
            }
            dy = dy * a.map { $0 > 0 ? 1 : 0 }
        }
        let w = weight.value.reshaped([k, g.patchSize])
        var (dW, db, dx) = (Tensor.zeros([k, g.patchSize]), Tensor.zeros([k]), [Float]())
        for image in 0..<n {
            let (X, dY) = (im2colTensor(x.row(image), g), dy.row(image).reshaped([k, g.outputPixels]))
            // ∂L/∂W += ∂Y Xᵀ        [k, oh·ow] · [oh·ow, c·kh·kw] = [k, c·kh·kw]
            dW += matmul(dY, X, transposeB: true)
            // ∂L/∂b += Σ_columns ∂Y                                             [k]
            db += dY.sum(alongAxis: 1)
            // ∂L/∂x = col2im(Wᵀ ∂Y)  [c·kh·kw, k] · [k, oh·ow] = [c·kh·kw, oh·ow] → [c, h, w]
            if inputGradient { dx += col2imTensor(matmul(w, dY, transposeA: true), g).scalars }
        }
        weight.gradient = dW.reshaped(weight.value.shape)
        bias.gradient = db
        return inputGradient ? Tensor(shape: x.shape, scalars: dx) : nil
    }

    public var parameters: [Parameter] { [weight, bias] }

    public var description: String {
        let s = weight.value.shape
        return "Conv2D \(name) (\(s[1]) → \(s[0]), \(s[2])×\(s[3]), stride \(stride), padding \(padding))"
            + (followedByReLU ? " + ReLU" : "") + (maxPooled ? " + MaxPool 2×2" : "")
    }
}
