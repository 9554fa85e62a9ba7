// How to draw a layer's first weights so that signals neither die nor explode as they
// pass through many layers. Derivation: chapters/05-training/README.md.
//
// Shapes: a weight matrix W [fanIn, fanOut] (inputs × outputs, as `Linear` stores it).

/// The non-linearity after a layer, which sets the gain its initialisation needs.
public enum Nonlinearity: Sendable, Equatable {
    case linear, sigmoid, tanh, relu
    case leakyReLU(slope: Float)

    /// The factor by which to scale the initial standard deviation for this activation
    /// (the values of PyTorch's `calculate_gain`): 1 for linear and sigmoid, 5/3 for tanh,
    /// √2 for ReLU, √(2 / (1 + slope²)) for leaky ReLU.
    public var gain: Float {
        switch self {
        case .linear, .sigmoid: return 1
        case .tanh: return 5.0 / 3
        case .relu: return Float(2).squareRoot()
        case .leakyReLU(let slope): return (2 / (1 + slope * slope)).squareRoot()
        }
    }
}

/// A rule for a layer's initial weights.
public enum Initializer: Sendable, Equatable {
    /// Every weight 0: every unit of a layer then computes the same thing, forever.
    case zeros
    /// N(0, σ²) with a fixed σ, whatever the layer's size.
    case normal(standardDeviation: Float)
    /// Glorot and Bengio: U(−a, a) with a = gain·√(6 / (fanIn + fanOut)), variance gain²·2/(fanIn + fanOut).
    case xavierUniform(gain: Float)
    /// Glorot and Bengio: N(0, gain²·2/(fanIn + fanOut)).
    case xavierNormal(gain: Float)
    /// He et al.: U(−a, a) with a = gain·√(3 / fanIn), variance gain²/fanIn.
    case heUniform(gain: Float)
    /// He et al.: N(0, gain²/fanIn); with the ReLU gain √2 that is N(0, 2/fanIn).
    case heNormal(gain: Float)

    /// A weight matrix [fanIn, fanOut] drawn by this rule.
    public func weights(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) -> Tensor {
        weights(shape: [fanIn, fanOut], fanIn: fanIn, fanOut: fanOut, using: &generator)
    }

    /// Weights of any `shape` drawn by this rule for a layer with the given fan-in and
    /// fan-out: a convolution kernel [k, c, kh, kw] has fan-in c·kh·kw and fan-out k·kh·kw.
    public func weights(shape: [Int], fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) -> Tensor {
        precondition(fanIn > 0 && fanOut > 0, "Initializer: fanIn and fanOut must be positive, got \(fanIn) and \(fanOut)")
        let (fanInF, fanOutF) = (Float(fanIn), Float(fanOut))
        switch self {
        case .zeros:
            return .zeros(shape)
        case .normal(let deviation):
            return .normal(shape, standardDeviation: deviation, using: &generator)
        case .xavierUniform(let gain):
            let limit = gain * (6 / (fanInF + fanOutF)).squareRoot()
            return .uniform(shape, low: -limit, high: limit, using: &generator)
        case .xavierNormal(let gain):
            return .normal(shape, standardDeviation: gain * (2 / (fanInF + fanOutF)).squareRoot(), using: &generator)
        case .heUniform(let gain):
            let limit = gain * (3 / fanInF).squareRoot()
            return .uniform(shape, low: -limit, high: limit, using: &generator)
        case .heNormal(let gain):
            return .normal(shape, standardDeviation: gain / fanInF.squareRoot(), using: &generator)
        }
    }
}

extension Linear {
    /// A layer whose weights follow `initializer` and whose bias starts at zero.
    public convenience init(_ inputs: Int, _ outputs: Int, initializer: Initializer, name: String = "linear",
                            using generator: inout SeededGenerator) {
        self.init(weight: initializer.weights(fanIn: inputs, fanOut: outputs, using: &generator),
                  bias: .zeros([outputs]), name: name)
    }
}
