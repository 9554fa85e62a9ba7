// An echo state network (Jaeger 2001): a recurrent layer whose weights are drawn at
// random and never trained, a "reservoir" whose state echoes the inputs it has seen, and a
// linear read-out of that state, the only part fitted, by chapter 02's least squares. No
// gradient flows through time, so nothing vanishes; but the reservoir remembers only what
// its random dynamics happen to keep (notes, section 8).
//
// Shapes: inputs one-hot [T, n, d], Win [d, r], W [r, r], states [T, n, r], read-out [r + 1, k].

/// A random reservoir with a read-out fitted by least squares.
public struct EchoStateNetwork: Sendable {
    public let inputWeight: Tensor
    public let reservoir: Tensor
    /// The fitted read-out, the last row its bias; nil until `fit`.
    public private(set) var readout: Tensor?

    /// W with entries N(0, ρ²/r): by the circular law its eigenvalues fill a disc of radius about
    /// ρ, so ρ < 1 makes old inputs fade. Win uniform in ±inputScale.
    public init(inputSize: Int, reservoirSize: Int, spectralRadius: Float = 0.95, inputScale: Float = 1,
                using generator: inout SeededGenerator) {
        require(inputSize > 0 && reservoirSize > 0, "EchoStateNetwork: sizes must be at least 1")
        inputWeight = .uniform([inputSize, reservoirSize], low: -inputScale, high: inputScale, using: &generator)
        reservoir = .normal([reservoirSize, reservoirSize], standardDeviation: spectralRadius / Float(reservoirSize).squareRoot(),
                            using: &generator)
    }

    /// The reservoir's state after the last step, h_t = tanh(x_t Win + h_{t−1} W) from h_0 = 0: [n, r].
    public func finalStates(_ inputs: Tensor) -> Tensor {
        require(inputs.rank == 3 && inputs.shape[2] == inputWeight.shape[0],
                "shape mismatch in EchoStateNetwork: inputs \(inputs.shape), expected [T, n, \(inputWeight.shape[0])]")
        let (T, n) = (inputs.shape[0], inputs.shape[1])
        var state = Tensor.zeros([n, reservoir.shape[0]])
        for t in 0..<T {
            let step = Tensor(shape: [n, inputs.shape[2]],
                              scalars: Array(inputs.scalars[(t * n * inputs.shape[2])..<((t + 1) * n * inputs.shape[2])]))
            state = tanh(matmul(step, inputWeight) + matmul(state, reservoir))
        }
        return state
    }

    /// Fits the read-out from states [m, r] to targets [m, k] by least squares with a ridge
    /// penalty λ‖V‖²: the rows √λ I below the states, zeros below the targets.
    public mutating func fit(states: Tensor, targets: Tensor, ridge: Float = 1e-3) throws {
        let (m, r) = (states.shape[0], states.shape[1])
        let k = targets.shape[1]
        var a = [Float](repeating: 0, count: (m + r + 1) * (r + 1)), b = [Float](repeating: 0, count: (m + r + 1) * k)
        for i in 0..<m {
            for j in 0..<r { a[i * (r + 1) + j] = states.scalars[i * r + j] }
            a[i * (r + 1) + r] = 1
            for j in 0..<k { b[i * k + j] = targets.scalars[i * k + j] }
        }
        for j in 0...r { a[(m + j) * (r + 1) + j] = ridge.squareRoot() }
        readout = try leastSquares(Tensor(shape: [m + r + 1, r + 1], scalars: a), Tensor(shape: [m + r + 1, k], scalars: b))
    }

    /// The read-out's outputs for states [m, r]: [m, k].
    public func predict(states: Tensor) -> Tensor {
        guard let readout else { preconditionFailure("EchoStateNetwork.predict: call fit first") }
        let m = states.shape[0], r = states.shape[1]
        let withBias = Tensor(shape: [m, r + 1], scalars: (0..<m).flatMap { Array(states.scalars[($0 * r)..<(($0 + 1) * r)]) + [1] })
        return matmul(withBias, readout)
    }
}

/// Tokens [T, n] as one-hot vectors [T, n, count].
public func oneHot(_ tokens: Tensor, count: Int) -> Tensor {
    var result = [Float](repeating: 0, count: tokens.count * count)
    for (position, token) in tokens.scalars.enumerated() {
        let index = Int(token)
        require(index >= 0 && index < count, "oneHot: token \(token) at position \(position) is not in 0..<\(count)")
        result[position * count + index] = 1
    }
    return Tensor(shape: tokens.shape + [count], scalars: result)
}
