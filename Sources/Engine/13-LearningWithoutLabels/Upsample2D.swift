// Nearest-neighbour upsampling: every pixel becomes a factor × factor block of copies. Followed
// by a convolution, it is the other way a decoder grows an image (section 3 compares it with the
// transposed convolution). Backward sums each block's gradients back into its one pixel.
//
// Shapes: x [n, c, h, w] → y [n, c, f·h, f·w], y[i, ch, u, v] = x[i, ch, u / f, v / f].

/// Each pixel repeated into a `factor` × `factor` block.
public final class Upsample2D: Layer {
    public let factor: Int
    private var inputShape: [Int]?

    public init(factor: Int = 2) {
        require(factor >= 1, "Upsample2D: the factor must be at least 1, got \(factor)")
        self.factor = factor
    }

    public func forward(_ input: Tensor) -> Tensor {
        require(input.rank == 4, "\(description): needs images [n, c, h, w], got \(input.shape)")
        inputShape = input.shape
        let (planes, h, w, f) = (input.shape[0] * input.shape[1], input.shape[2], input.shape[3], factor)
        let x = input.scalars
        var y = [Float](repeating: 0, count: planes * h * w * f * f)
        for plane in 0..<planes {
            for u in 0..<(h * f) {
                for v in 0..<(w * f) { y[(plane * h * f + u) * w * f + v] = x[(plane * h + u / f) * w + v / f] }
            }
        }
        return Tensor(shape: [input.shape[0], input.shape[1], h * f, w * f], scalars: y)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let shape = inputShape else { fatalError("\(description).backward: call forward first") }
        let (planes, h, w, f) = (shape[0] * shape[1], shape[2], shape[3], factor)
        require(outputGradient.shape == [shape[0], shape[1], h * f, w * f],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), expected \([shape[0], shape[1], h * f, w * f])")
        let dy = outputGradient.scalars
        var dx = [Float](repeating: 0, count: planes * h * w)
        // ∂y[u, v]/∂x[u', v'] = 1 exactly when (u / f, v / f) = (u', v'): each input gathers its block.
        for plane in 0..<planes {
            for u in 0..<(h * f) {
                for v in 0..<(w * f) { dx[(plane * h + u / f) * w + v / f] += dy[(plane * h * f + u) * w * f + v] }
            }
        }
        return Tensor(shape: shape, scalars: dx)
    }

    public var description: String { "Upsample2D(×\(factor))" }
}
