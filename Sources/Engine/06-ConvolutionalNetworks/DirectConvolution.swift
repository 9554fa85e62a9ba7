// The 2-D convolution written as its definition, seven nested loops: slow, and the
// reference the fast layer (`Conv2D`, by im2col and one matrix product) is tested against.
// Derivation of both passes: chapters/06-convnets/README.md, sections 2 and 5.
//
// Shapes: input x [n, c, h, w], kernel W [k, c, kh, kw], bias b [k] → y [n, k, oh, ow],
//   y[b, o, i, j] = b[o] + Σ_{ch, u, v} W[o, ch, u, v] · x[b, ch, i·s + u − p, j·s + v − p]
// where x is 0 outside the image (zero padding p, stride s).

/// The forward pass of a 2-D convolution (cross-correlation) by direct loops.
public func directConvolution2D(_ input: Tensor, kernel: Tensor, bias: Tensor, stride: Int = 1, padding: Int = 0) -> Tensor {
    require(kernel.rank == 4 && bias.shape == [kernel.shape[0]],
                 "directConvolution2D: needs a kernel [k, c, kh, kw] and a bias [k], got \(kernel.shape) and \(bias.shape)")
    let g = ConvolutionGeometry(input: input.shape, channels: kernel.shape[1], kernelHeight: kernel.shape[2],
                                kernelWidth: kernel.shape[3], stride: stride, padding: padding, layer: "directConvolution2D")
    let (n, k) = (input.shape[0], kernel.shape[0])
    var output = Tensor.zeros([n, k, g.outputHeight, g.outputWidth])
    for b in 0..<n {
        for o in 0..<k {
            for i in 0..<g.outputHeight {
                for j in 0..<g.outputWidth {
                    var total = bias[o]
                    for ch in 0..<g.channels {
                        for u in 0..<g.kernelHeight {
                            let row = i * stride + u - padding
                            guard row >= 0 && row < g.height else { continue }
                            for v in 0..<g.kernelWidth {
                                let column = j * stride + v - padding
                                guard column >= 0 && column < g.width else { continue }
                                total += kernel[o, ch, u, v] * input[b, ch, row, column]
                            }
                        }
                    }
                    output[b, o, i, j] = total
                }
            }
        }
    }
    return output
}

/// The backward pass of `directConvolution2D`: from dy = ∂L/∂y [n, k, oh, ow], the
/// gradients ∂L/∂x, ∂L/∂W and ∂L/∂b. Each output pixel received W[o, ch, u, v] · x[…] from
/// one input pixel, so it hands dy[b, o, i, j] · W[o, ch, u, v] back to that pixel and
/// dy[b, o, i, j] · x[…] to that weight, and dy[b, o, i, j] to the bias.
public func directConvolution2DBackward(_ input: Tensor, kernel: Tensor, outputGradient: Tensor, stride: Int = 1,
                                        padding: Int = 0) -> (input: Tensor, kernel: Tensor, bias: Tensor) {
    let g = ConvolutionGeometry(input: input.shape, channels: kernel.shape[1], kernelHeight: kernel.shape[2],
                                kernelWidth: kernel.shape[3], stride: stride, padding: padding,
                                layer: "directConvolution2DBackward")
    let (n, k) = (input.shape[0], kernel.shape[0])
    require(outputGradient.shape == [n, k, g.outputHeight, g.outputWidth],
                 "directConvolution2DBackward: the output gradient has shape \(outputGradient.shape), "
                 + "expected \([n, k, g.outputHeight, g.outputWidth])")
    var dInput = Tensor.zeros(input.shape), dKernel = Tensor.zeros(kernel.shape), dBias = Tensor.zeros([k])
    for b in 0..<n {
        for o in 0..<k {
            for i in 0..<g.outputHeight {
                for j in 0..<g.outputWidth {
                    let dy = outputGradient[b, o, i, j]
                    dBias[o] += dy
                    for ch in 0..<g.channels {
                        for u in 0..<g.kernelHeight {
                            let row = i * stride + u - padding
                            guard row >= 0 && row < g.height else { continue }
                            for v in 0..<g.kernelWidth {
                                let column = j * stride + v - padding
                                guard column >= 0 && column < g.width else { continue }
                                dKernel[o, ch, u, v] += dy * input[b, ch, row, column]
                                dInput[b, ch, row, column] += dy * kernel[o, ch, u, v]
                            }
                        }
                    }
                }
            }
        }
    }
    return (dInput, dKernel, dBias)
}
