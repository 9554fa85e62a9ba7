// The transposed convolution: chapter 06's input gradient used as a forward pass. A convolution
// maps a large image to a small one; its backward pass sends each output's gradient back to the
// kh × kw inputs it read, weighted by the kernel. Run that scatter forwards and a small image
// grows into a large one, with a kernel the network learns: what a decoder needs. Its backward
// pass is then the convolution's forward. Derivation: chapters/13-learning-without-labels/README.md,
// section 3; the convolution's own: chapters/06-convnets/README.md, section 5.
//
// Shapes: x [n, c, h, w], kernel W [c, k, kh, kw] (inputs first, as PyTorch's ConvTranspose2d
// stores it), bias b [k] → y [n, k, (h − 1)·s − 2p + kh + q, (w − 1)·s − 2p + kw + q], q the output
// padding (rows and columns added at the bottom and right, so that a stride-2 layer can exactly
// double a size that a 3 × 3 kernel would leave odd):
//   y[o, i·s + u − p, j·s + v − p] += x[ch, i, j] · W[ch, o, u, v]   for every ch, i, j, u, v.
//
// The fast path, TransposedConv2D+FastPath.swift, gives the same numbers as one matrix product and
// col2im per image; tests hold the two equal.

/// A transposed convolution from `inChannels` to `outChannels` channels, kernels of kh × kw,
/// stride s, padding p and output padding q.
public final class TransposedConv2D: FastPathLayer {
    public let weight: Parameter
    public let bias: Parameter
    public let stride: Int
    public let padding: Int
    public let outputPadding: Int
    public let name: String
    /// Whether `forward` and `backward` take the fast path, TransposedConv2D+FastPath.swift.
    public var usesFastPath = FastPaths.enabledByDefault
    var input: Tensor?

    /// A layer with the given kernel [c, k, kh, kw] and bias [k].
    public init(weight: Tensor, bias: Tensor, stride: Int = 1, padding: Int = 0, outputPadding: Int = 0, name: String = "deconv") {
        require(weight.rank == 4 && bias.shape == [weight.shape[1]],
                "TransposedConv2D \(name): needs a kernel [in, out, kh, kw] and a bias [out], got \(weight.shape) and \(bias.shape)")
        require(stride > 0 && padding >= 0 && outputPadding >= 0 && outputPadding < stride,
                "TransposedConv2D \(name): needs a stride of 1 or more, a padding of 0 or more and an output padding below the stride")
        self.weight = Parameter(weight, name: "\(name).weight")
        self.bias = Parameter(bias, name: "\(name).bias")
        (self.stride, self.padding, self.outputPadding, self.name) = (stride, padding, outputPadding, name)
    }

    /// Square kernels drawn He-normal for the inputs each output sums, about c·kh·kw / s² of
    /// them (a stride of s spreads the inputs s apart); the bias starts at zero.
    public convenience init(_ inChannels: Int, _ outChannels: Int, kernelSize: Int, stride: Int = 1, padding: Int = 0,
                            outputPadding: Int = 0, name: String = "deconv", using generator: inout SeededGenerator) {
        require(inChannels > 0 && outChannels > 0 && kernelSize > 0,
                "TransposedConv2D \(name): needs positive channels and kernel size, got \(inChannels) → \(outChannels), \(kernelSize)")
        let fanIn = Swift.max(1, inChannels * kernelSize * kernelSize / (stride * stride))
        self.init(weight: Tensor.normal([inChannels, outChannels, kernelSize, kernelSize],
                                        standardDeviation: (2 / Float(fanIn)).squareRoot(), using: &generator),
                  bias: .zeros([outChannels]), stride: stride, padding: padding, outputPadding: outputPadding, name: name)
    }

    public var inChannels: Int { weight.value.shape[0] }
    public var outChannels: Int { weight.value.shape[1] }

    /// The output's height and width for an input of `height` × `width`.
    public func outputSize(height: Int, width: Int) -> (height: Int, width: Int) {
        let (kh, kw) = (weight.value.shape[2], weight.value.shape[3])
        return ((height - 1) * stride - 2 * padding + kh + outputPadding, (width - 1) * stride - 2 * padding + kw + outputPadding)
    }

    public func forward(_ input: Tensor) -> Tensor {
        require(input.rank == 4 && input.shape[1] == inChannels,
                "\(description): needs images [n, \(inChannels), h, w], got \(input.shape)")
        let (n, c, h, w) = (input.shape[0], inChannels, input.shape[2], input.shape[3])
        let (k, kh, kw, s, p) = (outChannels, weight.value.shape[2], weight.value.shape[3], stride, padding)
        let (oh, ow) = outputSize(height: h, width: w)
        require(oh > 0 && ow > 0, "\(description): a \(h) × \(w) input gives no output with padding \(padding)")
        self.input = input
        if usesFastPath { return fastForward(input) }   // Fast path: TransposedConv2D+FastPath.swift
        let (x, kernel, b) = (input.scalars, weight.value.scalars, bias.value.scalars)
        var y = [Float](repeating: 0, count: n * k * oh * ow)
        for image in 0..<n {
            for o in 0..<k { for q in 0..<(oh * ow) { y[(image * k + o) * oh * ow + q] = b[o] } }
            // Each input pixel scatters its value, weighted by the kernel, over a kh × kw block of the output.
            for ch in 0..<c {
                for i in 0..<h {
                    for j in 0..<w {
                        let value = x[((image * c + ch) * h + i) * w + j]
                        for o in 0..<k {
                            for u in 0..<kh {
                                let row = i * s + u - p
                                guard row >= 0 && row < oh else { continue }
                                for v in 0..<kw {
                                    let column = j * s + v - p
                                    guard column >= 0 && column < ow else { continue }
                                    y[((image * k + o) * oh + row) * ow + column] += value * kernel[((ch * k + o) * kh + u) * kw + v]
                                }
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: [n, k, oh, ow], scalars: y)
    }

    /// ∂L/∂x[ch, i, j] = Σ_{o, u, v} ∂L/∂y[o, i·s + u − p, j·s + v − p] · W[ch, o, u, v], chapter 06's
    /// convolution of ∂L/∂y; ∂L/∂W[ch, o, u, v] = Σ_{n, i, j} x[ch, i, j] · ∂L/∂y[o, i·s + u − p, j·s + v − p];
    /// ∂L/∂b[o] = Σ ∂L/∂y[o, ·, ·].
    public func backward(_ outputGradient: Tensor) -> Tensor {
        let input = cached(input, description)
        let (n, c, h, w) = (input.shape[0], inChannels, input.shape[2], input.shape[3])
        let (k, kh, kw, s, p) = (outChannels, weight.value.shape[2], weight.value.shape[3], stride, padding)
        let (oh, ow) = outputSize(height: h, width: w)
        require(outputGradient.shape == [n, k, oh, ow],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected \([n, k, oh, ow])")
        if usesFastPath { return fastBackward(outputGradient, input: input) }   // Fast path: TransposedConv2D+FastPath.swift
        let (x, kernel, dy) = (input.scalars, weight.value.scalars, outputGradient.scalars)
        var dx = [Float](repeating: 0, count: x.count), dW = [Float](repeating: 0, count: kernel.count)
        var db = [Float](repeating: 0, count: k)
        for image in 0..<n {
            for o in 0..<k { for q in 0..<(oh * ow) { db[o] += dy[(image * k + o) * oh * ow + q] } }
            for ch in 0..<c {
                for i in 0..<h {
                    for j in 0..<w {
                        let at = ((image * c + ch) * h + i) * w + j
                        var sum: Float = 0
                        for o in 0..<k {
                            for u in 0..<kh {
                                let row = i * s + u - p
                                guard row >= 0 && row < oh else { continue }
                                for v in 0..<kw {
                                    let column = j * s + v - p
                                    guard column >= 0 && column < ow else { continue }
                                    let g = dy[((image * k + o) * oh + row) * ow + column], tap = ((ch * k + o) * kh + u) * kw + v
                                    sum += g * kernel[tap]
                                    dW[tap] += x[at] * g
                                }
                            }
                        }
                        dx[at] = sum
                    }
                }
            }
        }
        weight.gradient = Tensor(shape: weight.value.shape, scalars: dW)
        bias.gradient = Tensor(shape: [k], scalars: db)
        return Tensor(shape: input.shape, scalars: dx)
    }

    public var parameters: [Parameter] { [weight, bias] }

    public var description: String {
        "TransposedConv2D \(name) (\(inChannels) → \(outChannels), \(weight.value.shape[2])×\(weight.value.shape[3]), "
            + "stride \(stride), padding \(padding)" + (outputPadding == 0 ? ")" : ", output padding \(outputPadding))")
    }
}
