// The convolution layer: forward by im2col and one matrix product per group of images,
// backward by two matrix products and col2im. Derivation: chapters/06-convnets/README.md, section 5.
//
// Shapes: input x [n, c, h, w], weight W [k, c, kh, kw], bias b [k] → y [n, k, oh, ow].
// Per image, with X = im2col(x) [c·kh·kw, oh·ow] and W as a matrix [k, c·kh·kw]:
//   forward   Y = W X + b                   [k, oh·ow]
//   backward  ∂L/∂W += ∂Y Xᵀ   [k, c·kh·kw]; ∂L/∂b += row sums of ∂Y;  ∂L/∂X = Wᵀ ∂Y, then col2im.
// With `followedByReLU`, the layer also applies ReLU while its output is still in cache, and
// masks ∂Y by [y > 0] on the way back: the same numbers as Conv2D then ReLU, without the two
// passes over the whole batch that a separate ReLU makes (measured in the notes, section 8).

/// A 2-D convolution (cross-correlation) with `outChannels` kernels of kh × kw over
/// `inChannels` channels, moved by `stride`, over an input padded by `padding` zeros.
public final class Conv2D: Layer {
    public let weight: Parameter
    public let bias: Parameter
    public let stride: Int
    public let padding: Int
    public let name: String
    /// Whether the layer applies ReLU to its output itself.
    public let followedByReLU: Bool
    private var input: Tensor?
    /// The output, kept only with `followedByReLU`: its positive entries are ReLU's mask.
    private var output: Tensor?
    /// An im2col to use instead of the engine's, one image [c, h, w] → [c·kh·kw, oh·ow]: how
    /// `chapter06 --mine` runs a learner's exercise 6.3 inside the layer.
    public var replacementIm2col: (@Sendable (Tensor) -> Tensor)?

    /// A layer with the given kernel [k, c, kh, kw] and bias [k].
    public init(weight: Tensor, bias: Tensor, stride: Int = 1, padding: Int = 0, followedByReLU: Bool = false,
                name: String = "conv") {
        require(weight.rank == 4 && bias.shape == [weight.shape[0]],
                     "Conv2D \(name): needs a kernel [out, in, kh, kw] and a bias [out], got \(weight.shape) and \(bias.shape)")
        require(stride > 0, "Conv2D \(name): the stride must be at least 1, got \(stride)")
        require(padding >= 0, "Conv2D \(name): the padding must be 0 or more, got \(padding)")
        self.weight = Parameter(weight, name: "\(name).weight")
        self.bias = Parameter(bias, name: "\(name).bias")
        self.stride = stride
        self.padding = padding
        self.followedByReLU = followedByReLU
        self.name = name
    }

    /// A layer of `outChannels` kernels of `kernelSize`, drawn by `initializer` (He normal for
    /// ReLU unless told), with fan-in c·kh·kw and fan-out k·kh·kw; the bias starts at zero.
    public convenience init(_ inChannels: Int, _ outChannels: Int, kernelSize: (height: Int, width: Int),
                            stride: Int = 1, padding: Int = 0, followedByReLU: Bool = false,
                            initializer: Initializer = .heNormal(gain: Nonlinearity.relu.gain),
                            name: String = "conv", using generator: inout SeededGenerator) {
        require(inChannels > 0 && outChannels > 0 && kernelSize.height > 0 && kernelSize.width > 0,
                     "Conv2D \(name): needs positive channels and kernel size, got \(inChannels) → \(outChannels), "
                     + "\(kernelSize.height) × \(kernelSize.width)")
        let area = kernelSize.height * kernelSize.width
        let shape = [outChannels, inChannels, kernelSize.height, kernelSize.width]
        self.init(weight: initializer.weights(shape: shape, fanIn: inChannels * area, fanOut: outChannels * area,
                                              using: &generator),
                  bias: .zeros([outChannels]), stride: stride, padding: padding, followedByReLU: followedByReLU, name: name)
    }

    /// A square kernel.
    public convenience init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                            followedByReLU: Bool = false, initializer: Initializer = .heNormal(gain: Nonlinearity.relu.gain),
                            name: String = "conv", using generator: inout SeededGenerator) {
        self.init(inChannels, outChannels, kernelSize: (kernelSize, kernelSize), stride: stride, padding: padding,
                  followedByReLU: followedByReLU, initializer: initializer, name: name, using: &generator)
    }

    public var outChannels: Int { weight.value.shape[0] }
    public var inChannels: Int { weight.value.shape[1] }

    func geometry(_ shape: [Int]) -> ConvolutionGeometry {
        ConvolutionGeometry(input: shape, channels: inChannels, kernelHeight: weight.value.shape[2],
                            kernelWidth: weight.value.shape[3], stride: stride, padding: padding, layer: "\(description), kernel \(weight.value.shape)")
    }

    /// Images whose columns sit side by side in one product: enough for about 512 output
    /// pixels, so that a layer with small feature maps (conv2 of the benchmark: 8 × 8) still
    /// gets a product wide enough to run near the machine's peak, and small enough that the
    /// columns stay in cache.
    func imagesPerProduct(_ g: ConvolutionGeometry) -> Int { max(1, 512 / g.outputPixels) }

    public func forward(_ input: Tensor) -> Tensor {
        let g = geometry(input.shape)
        self.input = input
        let (n, k, patch, pixels) = (input.shape[0], outChannels, g.patchSize, g.outputPixels)
        let group = imagesPerProduct(g)
        let (replacement, layerName, relu) = (replacementIm2col, description, followedByReLU)
        // Every output is written below, so its storage is not zeroed first.
        let output = input.withUnsafeScalars { x in
            weight.value.withUnsafeScalars { w in
                bias.value.withUnsafeScalars { b in
                    Tensor(shape: [n, k, g.outputHeight, g.outputWidth]) { y in
                        nonisolated(unsafe) let (x, w, b, y) = (x.baseAddress!, w.baseAddress!, b.baseAddress!, y.baseAddress!)
                        forEachWorker(images: n) { _, images in
                            let columns = UnsafeMutablePointer<Float>.allocate(capacity: patch * group * pixels)
                            let product = UnsafeMutablePointer<Float>.allocate(capacity: k * group * pixels)
                            defer { columns.deallocate(); product.deallocate() }
                            for first in Swift.stride(from: images.lowerBound, to: images.upperBound, by: group) {
                                let count = min(group, images.upperBound - first), width = count * pixels
                                for image in 0..<count {
                                    Self.columnsOf(x + (first + image) * g.channels * g.inputPixels, g, replacement,
                                                   into: columns + image * pixels, rowStride: width, layer: layerName)
                                }
                                // Y = W X for `count` images at once: [k, patch] · [patch, count·pixels].
                                sgemm(false, false, m: k, n: width, k: patch, w, lda: patch, columns, ldb: width,
                                      beta: 0, product, ldc: width)
                                // Each image's rows back to NCHW, with the bias (and ReLU) applied on the way.
                                for image in 0..<count {
                                    for o in 0..<k {
                                        let from = product + o * width + image * pixels
                                        let to = y + ((first + image) * k + o) * pixels
                                        let shift = b[o]
                                        if relu {
                                            for j in 0..<pixels { to[j] = Swift.max(0, from[j] + shift) }
                                        } else {
                                            for j in 0..<pixels { to[j] = from[j] + shift }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.output = relu ? output : nil
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor { backward(outputGradient, inputGradient: true)! }

    public func backwardParametersOnly(_ outputGradient: Tensor) { _ = backward(outputGradient, inputGradient: false) }

    /// ∂L/∂W and ∂L/∂b into the parameters, and ∂L/∂x when asked. The im2col of each image is
    /// computed again rather than kept from the forward pass: a small buffer that stays in
    /// cache beats a large one read back from memory.
    private func backward(_ outputGradient: Tensor, inputGradient: Bool) -> Tensor? {
        guard let x = input else {
            fatalError("\(description).backward: call forward first, so the layer has an input to differentiate at")
        }
        let g = geometry(x.shape)
        let (n, k, patch, pixels) = (x.shape[0], outChannels, g.patchSize, g.outputPixels)
        require(outputGradient.shape == [n, k, g.outputHeight, g.outputWidth],
                     "shape mismatch in \(description).backward: gradient \(outputGradient.shape), "
                     + "expected \([n, k, g.outputHeight, g.outputWidth])")
        let group = imagesPerProduct(g)
        let (replacement, layerName) = (replacementIm2col, description)
        let reluOutput = followedByReLU ? output : nil
        if followedByReLU && reluOutput?.shape != outputGradient.shape {
            fatalError("\(description).backward: call forward first, so the layer has the output its ReLU masks by")
        }
        let workers = min(batchWorkerCount, max(n, 1))
        // Each worker sums its images' ∂W and ∂b apart; the sums are added at the end.
        var partialWeight = Tensor.zeros([workers, k * patch]), partialBias = Tensor.zeros([workers, k])
        var dx = inputGradient ? Tensor.zeros(x.shape) : Tensor.zeros([0])
        x.withUnsafeScalars { xs in
            weight.value.withUnsafeScalars { ws in
                outputGradient.withUnsafeScalars { dys in
                (reluOutput ?? outputGradient).withUnsafeScalars { ys in
                        partialWeight.withUnsafeMutableScalars { pws in
                            partialBias.withUnsafeMutableScalars { pbs in
                                dx.withUnsafeMutableScalars { dxs in
                                    nonisolated(unsafe) let (x, w, dy) = (xs.baseAddress!, ws.baseAddress!, dys.baseAddress!)
                                    nonisolated(unsafe) let reluMask = reluOutput == nil ? nil : ys.baseAddress!
                                    nonisolated(unsafe) let (pw, pb) = (pws.baseAddress!, pbs.baseAddress!)
                                    nonisolated(unsafe) let dxp = inputGradient ? dxs.baseAddress : nil
                                    forEachWorker(images: n) { worker, images in
                                        let columns = UnsafeMutablePointer<Float>.allocate(capacity: patch * group * pixels)
                                        let gathered = UnsafeMutablePointer<Float>.allocate(capacity: k * group * pixels)
                                        defer { columns.deallocate(); gathered.deallocate() }
                                        let dW = pw + worker * k * patch, dB = pb + worker * k
                                        for first in Swift.stride(from: images.lowerBound, to: images.upperBound, by: group) {
                                            let count = min(group, images.upperBound - first), width = count * pixels
                                            // ∂Y of `count` images side by side, [k, count·pixels] (through ReLU's
                                            // mask when the layer applied it), and their columns.
                                            for image in 0..<count {
                                                for o in 0..<k {
                                                    let to = gathered + o * width + image * pixels
                                                    let offset = ((first + image) * k + o) * pixels
                                                    if let reluMask {
                                                        let (from, y) = (dy + offset, reluMask + offset)
                                                        // ∂Y is read whether or not it passes: a load under the
                                                        // condition would keep the loop from being vectorised.
                                                        for j in 0..<pixels {
                                                            let gradient = from[j]
                                                            to[j] = y[j] > 0 ? gradient : 0
                                                        }
                                                    } else {
                                                        to.update(from: dy + offset, count: pixels)
                                                    }
                                                }
                                                Self.columnsOf(x + (first + image) * g.channels * g.inputPixels, g, replacement,
                                                               into: columns + image * pixels, rowStride: width, layer: layerName)
                                            }
                                            // ∂W += ∂Y Xᵀ: [k, width] · [width, patch].
                                            sgemm(false, true, m: k, n: patch, k: width, gathered, lda: width, columns, ldb: width,
                                                  beta: 1, dW, ldc: patch)
                                            for o in 0..<k { dB[o] += sumOfRow(gathered + o * width, count: width) }
                                            guard let dxp else { continue }
                                            // ∂X = Wᵀ ∂Y: [patch, k] · [k, width], into the columns' buffer, then back to pixels.
                                            sgemm(true, false, m: patch, n: width, k: k, w, lda: patch, gathered, ldb: width,
                                                  beta: 0, columns, ldc: width)
                                            for image in 0..<count {
                                                col2im(columns + image * pixels, g,
                                                       into: dxp + (first + image) * g.channels * g.inputPixels, rowStride: width)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                }
                }
            }
        }
        weight.gradient = partialWeight.sum(alongAxis: 0).reshaped(weight.value.shape)
        bias.gradient = partialBias.sum(alongAxis: 0)
        return inputGradient ? dx : nil
    }

    public var parameters: [Parameter] { [weight, bias] }

    /// The engine's im2col, or the replacement's result copied into the columns.
    private static func columnsOf(_ image: UnsafePointer<Float>, _ g: ConvolutionGeometry,
                                  _ replacement: (@Sendable (Tensor) -> Tensor)?,
                                  into columns: UnsafeMutablePointer<Float>, rowStride: Int, layer description: String) {
        guard let replacement else { return im2col(image, g, into: columns, rowStride: rowStride) }
        let pixels = Tensor(shape: [g.channels, g.height, g.width],
                            scalars: Array(UnsafeBufferPointer(start: image, count: g.channels * g.inputPixels)))
        let result = replacement(pixels)
        require(result.shape == [g.patchSize, g.outputPixels],
                "\(description): your im2col returned shape \(result.shape), expected [c·kh·kw, oh·ow] = "
                + "\([g.patchSize, g.outputPixels]) for an image \([g.channels, g.height, g.width])")
        result.withUnsafeScalars { source in
            for row in 0..<g.patchSize {
                (columns + row * rowStride).update(from: source.baseAddress! + row * g.outputPixels, count: g.outputPixels)
            }
        }
    }
    public var description: String {
        let s = weight.value.shape
        return "Conv2D \(name) (\(s[1]) → \(s[0]), \(s[2])×\(s[3]), stride \(stride), padding \(padding))" + (followedByReLU ? " + ReLU" : "")
    }
}
