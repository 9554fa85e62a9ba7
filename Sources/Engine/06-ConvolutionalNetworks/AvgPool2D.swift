// Average pooling: each channel shrunk by taking the mean of each window, and the gradient
// shared out equally among the window's inputs. Derivation: chapters/06-convnets/README.md, section 6.
//
// Shapes: input x [n, c, h, w] → output y [n, c, oh, ow], oh = (h − size) / stride + 1 (a last
// row or column that no window reaches is left out), and likewise ow.
//
// No fast path: these loops are already what a fast one would be (average pooling is not in
// the demos' networks, and costs little beside a convolution).

/// Average pooling over `size` × `size` windows moved by `stride` (by default the size).
/// Backward shares each output's gradient equally among the size² inputs of its window.
public final class AvgPool2D: Layer {
    public let size: Int, stride: Int
    private var inputShape: [Int]?

    public init(size: Int = 2, stride: Int? = nil) {
        self.size = size
        self.stride = stride ?? size
        require(size > 0 && self.stride > 0, "AvgPool2D: needs a positive size and stride, got \(size) and \(self.stride)")
    }

    private func geometry(_ shape: [Int]) -> ConvolutionGeometry {
        ConvolutionGeometry(input: shape, kernelHeight: size, kernelWidth: size, stride: stride, padding: 0, layer: description)
    }

    public func forward(_ input: Tensor) -> Tensor {
        let g = geometry(input.shape)
        inputShape = input.shape
        let (planes, oh, ow, h, w, s) = (input.shape[0] * g.channels, g.outputHeight, g.outputWidth, g.height, g.width, stride)
        let (x, scale) = (input.scalars, 1 / Float(size * size))
        var y = [Float](repeating: 0, count: planes * oh * ow)
        for plane in 0..<planes {
            for i in 0..<oh {
                for j in 0..<ow {
                    // y[im, ch, i, j] = (1/size²) Σ_{u, v < size} x[im, ch, i·s + u, j·s + v], plane = im·c + ch
                    let corner: Int = (plane * h + i * s) * w + j * s   // x[im, ch, i·s, j·s]
                    var total: Float = 0
                    for u in 0..<size {
                        for v in 0..<size { total += x[corner + u * w + v] }
                    }
                    y[(plane * oh + i) * ow + j] = total * scale
                }
            }
        }
        return Tensor(shape: [input.shape[0], g.channels, oh, ow], scalars: y)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let inputShape else { fatalError("\(description).backward: call forward first") }
        let g = geometry(inputShape)
        let (planes, oh, ow, h, w, s) = (inputShape[0] * g.channels, g.outputHeight, g.outputWidth, g.height, g.width, stride)
        require(outputGradient.shape == [inputShape[0], g.channels, oh, ow],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), "
                + "expected \([inputShape[0], g.channels, oh, ow])")
        let (dy, scale) = (outputGradient.scalars, 1 / Float(size * size))
        var dx = [Float](repeating: 0, count: inputShape.reduce(1, *))
        for plane in 0..<planes {
            for i in 0..<oh {
                for j in 0..<ow {
                    // ∂L/∂x[im, ch, i·s + u, j·s + v] += ∂L/∂y[im, ch, i, j] / size² for every u, v < size:
                    // += because overlapping windows share inputs.
                    let corner: Int = (plane * h + i * s) * w + j * s   // x[im, ch, i·s, j·s]
                    let share = dy[(plane * oh + i) * ow + j] * scale
                    for u in 0..<size {
                        for v in 0..<size { dx[corner + u * w + v] += share }
                    }
                }
            }
        }
        return Tensor(shape: inputShape, scalars: dx)
    }

    public var description: String { "AvgPool2D(\(size)×\(size), stride \(stride))" }
}
