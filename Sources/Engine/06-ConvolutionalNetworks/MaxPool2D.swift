// Max pooling: each channel shrunk by keeping the largest value of each window, and the
// gradient routed back to that value alone. Derivation: chapters/06-convnets/README.md, section 6.
//
// Shapes: input x [n, c, h, w] → output y [n, c, oh, ow], oh = (h − size) / stride + 1 (a last
// row or column that no window reaches is left out), and likewise ow.

/// Max pooling over `size` × `size` windows moved by `stride` (by default the size: windows
/// that do not overlap). Backward routes each output's gradient to the input that won its
/// window, and nothing to the others.
public final class MaxPool2D: FastPathLayer {
    public let size: Int, stride: Int
    /// Whether `forward` and `backward` take the fast path, MaxPool2D+FastPath.swift.
    public var usesFastPath = FastPaths.enabledByDefault
    var inputShape: [Int]?
    /// For each output of the last forward pass, the flat index in the input of its window's
    /// largest value (the first one, on a tie).
    public internal(set) var winners: [Int32] = []

    public init(size: Int = 2, stride: Int? = nil) {
        self.size = size
        self.stride = stride ?? size
        require(size > 0 && self.stride > 0, "MaxPool2D: needs a positive size and stride, got \(size) and \(self.stride)")
    }

    public func forward(_ input: Tensor) -> Tensor {
        if usesFastPath { return fastForward(input) }   // Fast path: MaxPool2D+FastPath.swift, chapter 10's notes
        inputShape = input.shape
        let (output, winners) = maxPool(input, size: size, stride: stride, layer: description)
        self.winners = winners
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        if usesFastPath { return fastBackward(outputGradient) }   // Fast path: MaxPool2D+FastPath.swift, chapter 10's notes
        guard let inputShape else { fatalError("\(description).backward: call forward first") }
        require(outputGradient.count == winners.count,
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape) for \(winners.count) outputs")
        return maxPoolBackward(outputGradient, winners: winners, inputShape: inputShape)
    }

    public var description: String { "MaxPool2D(\(size)×\(size), stride \(stride))" }
}

/// Max pooling of the images x [n, c, h, w] (section 6), and for each output the flat index in
/// x of the value it kept, its window's winner:
///
///     y[im, ch, i, j] = max_{u, v < size} x[im, ch, i·s + u, j·s + v]          [n, c, oh, ow]
///
/// The window is read in reading order, and a later value wins only if it is strictly larger:
/// on a tie the first one wins. Conv2D(maxPooled: true) pools its output with it too.
func maxPool(_ x: Tensor, size: Int, stride s: Int, layer: String) -> (output: Tensor, winners: [Int32]) {
    let g = ConvolutionGeometry(input: x.shape, kernelHeight: size, kernelWidth: size, stride: s, padding: 0, layer: layer)
    let (planes, oh, ow, h, w) = (x.shape[0] * g.channels, g.outputHeight, g.outputWidth, g.height, g.width)
    let xs = x.scalars
    var output: [Float] = [], winners: [Int32] = []
    output.reserveCapacity(planes * oh * ow)
    winners.reserveCapacity(planes * oh * ow)
    for plane in 0..<planes {
        for i in 0..<oh {
            for j in 0..<ow {
                // x[im, ch, r, q] is xs[(plane·h + r)·w + q], plane = im·c + ch.
                let corner: Int = (plane * h + i * s) * w + j * s   // x[im, ch, i·s, j·s]
                var best = corner
                for u in 0..<size {
                    for v in 0..<size where xs[corner + u * w + v] > xs[best] { best = corner + u * w + v }
                }
                output.append(xs[best])
                winners.append(Int32(best))
            }
        }
    }
    return (Tensor(shape: [x.shape[0], g.channels, oh, ow], scalars: output), winners)
}

/// The backward of `maxPool` (section 6): each output's gradient goes to its window's winner,
/// and an input that won no window gets 0. With overlapping windows an input can win twice, so
/// its gradients add:
///
///     ∂L/∂x[winners[q]] += ∂L/∂y[q]   for every output q                      [n, c, h, w]
func maxPoolBackward(_ outputGradient: Tensor, winners: [Int32], inputShape: [Int]) -> Tensor {
    let dy = outputGradient.scalars
    var dx = [Float](repeating: 0, count: inputShape.reduce(1, *))
    for (q, winner) in winners.enumerated() {
        dx[Int(winner)] += dy[q]
    }
    return Tensor(shape: inputShape, scalars: dx)
}
