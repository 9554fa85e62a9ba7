// Inverted dropout: in training, each input is kept with probability q = 1 − rate and
// scaled by 1/q, or set to zero; in evaluation the layer passes its input through. The
// scaling at training time keeps every expected activation the same in both modes, so
// evaluation has nothing to undo. Derivation: chapters/07-regularization/README.md, section 2.
//
// Shapes: any; output and mask have the input's shape.
//   forward   y = x ⊙ m,   m_i = 1/q with probability q, else 0
//   backward  ∂L/∂x = ∂L/∂y ⊙ m

/// Drops each input with probability `rate` while training; the identity in evaluation.
public final class Dropout: Layer {
    public let rate: Float
    public let name: String
    public private(set) var mode: Mode = .training
    /// Whether `forward` keeps the last mask instead of drawing a new one: a gradient check
    /// compares the loss at nearby inputs, which must see the same mask.
    public var maskIsFrozen = false
    /// The mask of the last training forward pass (1/q or 0 per input).
    public private(set) var mask: Tensor?
    private var generator: SeededGenerator

    /// A dropout layer whose masks come from its own generator, seeded from `generator`, so a
    /// run is reproducible from one seed whatever else draws random numbers.
    public init(rate: Float, name: String = "dropout", using generator: inout SeededGenerator) {
        require(rate >= 0 && rate < 1,
                "Dropout \(name): the rate is the probability of dropping an input, in [0, 1), got \(rate)")
        self.rate = rate
        self.name = name
        self.generator = SeededGenerator(seed: generator.next())
    }

    public func setMode(_ mode: Mode) { self.mode = mode }

    public func forward(_ input: Tensor) -> Tensor {
        guard mode == .training, rate > 0 else {
            mask = nil
            return input
        }
        if !maskIsFrozen || mask?.shape != input.shape {
            let keep = 1 - rate, scale = 1 / keep
            mask = Tensor(shape: input.shape, scalars: (0..<input.count).map { _ in
                Float.random(in: 0..<1, using: &generator) < keep ? scale : 0
            })
        }
        return input * mask!
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard let mask else { return outputGradient }   // evaluation, or a rate of 0: the identity
        require(outputGradient.shape == mask.shape,
                "shape mismatch in \(description).backward: gradient \(outputGradient.shape), mask \(mask.shape)")
        return outputGradient * mask
    }

    public var description: String { "Dropout(\(rate))" }
}
