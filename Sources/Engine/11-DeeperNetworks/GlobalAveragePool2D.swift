// Global average pooling: each channel's plane replaced by its mean, so a network ends in one
// number per channel whatever the image's size, with no weights to learn. Backward shares
// each channel's gradient equally among its h · w inputs. Derivation:
// chapters/11-deeper-networks/README.md, section 3.
//
// Shapes: input x [n, c, h, w] → output y [n, c], y[i, ch] = (1 / hw) Σ_{u, v} x[i, ch, u, v].

/// The mean of each channel over its whole plane: [n, c, h, w] → [n, c].
public final class GlobalAveragePool2D: Layer {
    private var inputShape: [Int]?

    public init() {}

    public func forward(_ input: Tensor) -> Tensor {
        require(input.rank == 4, "\(description): needs images [n, c, h, w], got \(input.shape)")
        inputShape = input.shape
        let (planes, area) = (input.shape[0] * input.shape[1], input.shape[2] * input.shape[3])
        let x = input.scalars
        var y = [Float](repeating: 0, count: planes)
        for plane in 0..<planes {
            var total: Float = 0
            for k in 0..<area { total += x[plane * area + k] }
            y[plane] = total / Float(area)
        }
        return Tensor(shape: [input.shape[0], input.shape[1]], scalars: y)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let inputShape else { fatalError("\(description).backward: call forward first") }
        require(outputGradient.shape == [inputShape[0], inputShape[1]],
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), "
                + "expected \([inputShape[0], inputShape[1]])")
        let (planes, area) = (inputShape[0] * inputShape[1], inputShape[2] * inputShape[3])
        let dy = outputGradient.scalars
        var dx = [Float](repeating: 0, count: planes * area)
        for plane in 0..<planes {
            // ∂y[i, ch] / ∂x[i, ch, u, v] = 1 / hw for every u, v of the plane.
            let share = dy[plane] / Float(area)
            for k in 0..<area { dx[plane * area + k] = share }
        }
        return Tensor(shape: inputShape, scalars: dx)
    }

    public var description: String { "GlobalAveragePool2D" }
}
