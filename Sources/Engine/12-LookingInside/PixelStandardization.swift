// The preparation of the pixels as the first layer of the network, so that every question this
// chapter asks is asked of pixels: a mask is grey in pixel units, an adversarial step of ε moves
// a pixel by ε of its [0, 1] range, and the gradient is ∂/∂pixel. Chapter 06 standardised each
// pixel with the training set's statistics: x' = (x − μ) / σ, so ∂L/∂x = ∂L/∂x' / σ.
//
// Shapes: x [n, c, h, w] (or [n, d]) with c·h·w = d, the number of features μ and σ have.

/// (x − μ) / σ per pixel, with the μ and σ of chapter 03's `Normalization`.
public final class PixelStandardization: Layer {
    public let normalization: Normalization

    public init(_ normalization: Normalization) { self.normalization = normalization }

    public func forward(_ input: Tensor) -> Tensor {
        let d = normalization.mean.count
        require(input.rank >= 2 && input.count == input.shape[0] * d,
                "\(description): needs [n, …] inputs of \(d) values each, got \(input.shape)")
        return normalization.apply(input.reshaped([input.shape[0], d])).reshaped(input.shape)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let d = normalization.mean.count
        // ∂x'/∂x = 1 / σ, pixel by pixel.
        return (outputGradient.reshaped([outputGradient.shape[0], d]) / normalization.scale).reshaped(outputGradient.shape)
    }

    public var description: String { "PixelStandardization(\(normalization.mean.count))" }
}
