// Optimisers: what to do with a gradient. Each keeps its own state per parameter (a
// velocity, running averages), found by the parameter's identity, and updates the
// parameter in place. Update rules and their derivation: chapters/05-training/README.md.
import Foundation

/// Updates parameters from their gradients.
public protocol Optimizer: AnyObject {
    /// The step size η; schedules change it between epochs.
    var learningRate: Float { get set }
    /// One update of every parameter from its current `gradient`.
    func step(_ parameters: [Parameter])
}

/// Adds λθ to the gradient of every weight matrix (rank ≥ 2; biases are not decayed):
/// the gradient of the L2 penalty (λ/2)‖W‖².
func decayedGradient(_ parameter: Parameter, weightDecay: Float) -> Tensor {
    guard weightDecay > 0, parameter.value.rank >= 2 else { return parameter.gradient }
    var gradient = parameter.gradient
    gradient.add(parameter.value, scaledBy: weightDecay)
    return gradient
}

/// Per-parameter state, created on first use with the parameter's shape.
///
/// Found by the parameter's identity, and kept with a weak reference to the parameter it was
/// made for: a parameter created later at the same address (a new head, chapter 09) starts
/// from zeros instead of inheriting a freed parameter's moments.
final class ParameterState {
    private struct Entry {
        weak var owner: Parameter?
        var tensors: [Tensor]
    }
    private var entries: [ObjectIdentifier: Entry] = [:]
    private let count: Int
    init(count: Int) { self.count = count }

    /// The state tensors of `parameter`, zero at first; `body` may change them in place.
    func withState<Result>(of parameter: Parameter, _ body: (inout [Tensor]) -> Result) -> Result {
        let key = ObjectIdentifier(parameter)
        var state = tensors(of: parameter) ?? [Tensor](repeating: .zeros(parameter.value.shape), count: count)
        entries[key] = nil
        defer { entries[key] = Entry(owner: parameter, tensors: state) }
        return body(&state)
    }

    /// The state of `parameter`, if it has any.
    func tensors(of parameter: Parameter) -> [Tensor]? {
        guard let entry = entries[ObjectIdentifier(parameter)], entry.owner === parameter else { return nil }
        return entry.tensors
    }

    /// Replaces the state of `parameter` (a checkpoint being loaded).
    func set(_ tensors: [Tensor], of parameter: Parameter) {
        precondition(tensors.count == count && tensors.allSatisfy { $0.shape == parameter.value.shape },
                     "optimiser state for \(parameter.name): \(count) tensors of shape \(parameter.value.shape) expected")
        entries[ObjectIdentifier(parameter)] = Entry(owner: parameter, tensors: tensors)
    }
}

/// What an optimiser keeps between steps, for checkpoints (chapter 09): the state tensors of
/// each parameter (a velocity; Adam's two moments) and a step count.
public protocol StatefulOptimizer: Optimizer {
    /// The state tensors of `parameter`, nil before its first step.
    func stateTensors(of parameter: Parameter) -> [Tensor]?
    /// Replaces the state tensors of `parameter`.
    func setStateTensors(_ tensors: [Tensor], of parameter: Parameter)
    /// Steps taken so far (Adam's bias correction needs it; the others count none).
    var stepCount: Int { get set }
}

/// Plain gradient descent: θ ← θ − η g.
public final class SGD: Optimizer {
    public var learningRate: Float
    public let weightDecay: Float
    public init(learningRate: Float, weightDecay: Float = 0) {
        precondition(learningRate > 0, "SGD: the learning rate must be positive, got \(learningRate)")
        self.learningRate = learningRate
        self.weightDecay = weightDecay
    }
    public func step(_ parameters: [Parameter]) {
        for parameter in parameters where !parameter.isFrozen {
            parameter.value.add(decayedGradient(parameter, weightDecay: weightDecay), scaledBy: -learningRate)
        }
    }
}

/// Gradient descent with momentum: v ← μ v − η g; θ ← θ + v. With `nesterov`, the step
/// looks ahead along the velocity: θ ← θ + μ v − η g, where θ stands for θ + μ v, the look-ahead
/// point (the reformulation of Bengio et al. 2013; derived in the chapter notes, section 3).
public final class Momentum: Optimizer {
    public var learningRate: Float
    public let momentum: Float
    public let nesterov: Bool
    public let weightDecay: Float
    let state = ParameterState(count: 1)

    public init(learningRate: Float, momentum: Float = 0.9, nesterov: Bool = false, weightDecay: Float = 0) {
        precondition(learningRate > 0 && momentum >= 0 && momentum < 1,
                     "Momentum: needs a positive learning rate and 0 ≤ momentum < 1, got \(learningRate) and \(momentum)")
        self.learningRate = learningRate
        self.momentum = momentum
        self.nesterov = nesterov
        self.weightDecay = weightDecay
    }

    public func step(_ parameters: [Parameter]) {
        for parameter in parameters where !parameter.isFrozen {
            let gradient = decayedGradient(parameter, weightDecay: weightDecay)
            state.withState(of: parameter) { state in
                state[0] *= momentum
                state[0].add(gradient, scaledBy: -learningRate)             // v ← μ v − η g
                if nesterov {
                    parameter.value.add(state[0], scaledBy: momentum)        // θ ← θ + μ v − η g
                    parameter.value.add(gradient, scaledBy: -learningRate)
                } else {
                    parameter.value.add(state[0], scaledBy: 1)               // θ ← θ + v
                }
            }
        }
    }
}

/// RMSprop: s ← ρ s + (1 − ρ) g²; θ ← θ − η g / (√s + ε). Each weight gets its own step
/// size, inversely proportional to the recent size of its gradient.
public final class RMSprop: Optimizer {
    public var learningRate: Float
    public let decay: Float, epsilon: Float, weightDecay: Float
    let state = ParameterState(count: 1)

    public init(learningRate: Float = 1e-3, decay: Float = 0.9, epsilon: Float = 1e-8, weightDecay: Float = 0) {
        self.learningRate = learningRate
        self.decay = decay
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    public func step(_ parameters: [Parameter]) {
        let (rho, eta, eps) = (decay, learningRate, epsilon)
        for parameter in parameters where !parameter.isFrozen {
            let gradient = decayedGradient(parameter, weightDecay: weightDecay)
            state.withState(of: parameter) { state in
                gradient.withUnsafeScalars { g in
                    state[0].withUnsafeMutableScalars { s in
                        parameter.value.withUnsafeMutableScalars { theta in
                            for i in 0..<theta.count {
                                s[i] = rho * s[i] + (1 - rho) * g[i] * g[i]
                                theta[i] -= eta * g[i] / (s[i].squareRoot() + eps)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Adam: m ← β₁ m + (1 − β₁) g; v ← β₂ v + (1 − β₂) g²; with t counting steps from 1,
/// m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ); θ ← θ − η m̂ / (√v̂ + ε).
public final class Adam: Optimizer {
    public var learningRate: Float
    public let beta1: Float, beta2: Float, epsilon: Float, weightDecay: Float
    /// The number of steps taken so far.
    public internal(set) var steps = 0
    let state = ParameterState(count: 2)

    public init(learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999, epsilon: Float = 1e-8,
                weightDecay: Float = 0) {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
    }

    public func step(_ parameters: [Parameter]) {
        steps += 1
        let (b1, b2, eta, eps) = (beta1, beta2, learningRate, epsilon)
        // The bias corrections undo the zero start of m and v (Kingma and Ba, section 3).
        let correction1 = 1 - Foundation.pow(b1, Float(steps)), correction2 = 1 - Foundation.pow(b2, Float(steps))
        for parameter in parameters where !parameter.isFrozen {
            let gradient = decayedGradient(parameter, weightDecay: weightDecay)
            state.withState(of: parameter) { state in
                var m = state[0], v = state[1]
                state = []                                                   // m and v uniquely owned here
                gradient.withUnsafeScalars { g in
                    m.withUnsafeMutableScalars { pm in
                        v.withUnsafeMutableScalars { pv in
                            parameter.value.withUnsafeMutableScalars { theta in
                                for i in 0..<theta.count {
                                    pm[i] = b1 * pm[i] + (1 - b1) * g[i]
                                    pv[i] = b2 * pv[i] + (1 - b2) * g[i] * g[i]
                                    theta[i] -= eta * (pm[i] / correction1) / ((pv[i] / correction2).squareRoot() + eps)
                                }
                            }
                        }
                    }
                }
                state = [m, v]
            }
        }
    }
}

// MARK: - State for checkpoints (chapter 09)

extension SGD: StatefulOptimizer {
    public func stateTensors(of parameter: Parameter) -> [Tensor]? { [] }
    public func setStateTensors(_ tensors: [Tensor], of parameter: Parameter) {}
    public var stepCount: Int { get { 0 } set {} }
}

extension Momentum: StatefulOptimizer {
    public func stateTensors(of parameter: Parameter) -> [Tensor]? { state.tensors(of: parameter) }
    public func setStateTensors(_ tensors: [Tensor], of parameter: Parameter) { state.set(tensors, of: parameter) }
    public var stepCount: Int { get { 0 } set {} }
}

extension RMSprop: StatefulOptimizer {
    public func stateTensors(of parameter: Parameter) -> [Tensor]? { state.tensors(of: parameter) }
    public func setStateTensors(_ tensors: [Tensor], of parameter: Parameter) { state.set(tensors, of: parameter) }
    public var stepCount: Int { get { 0 } set {} }
}

extension Adam: StatefulOptimizer {
    public func stateTensors(of parameter: Parameter) -> [Tensor]? { state.tensors(of: parameter) }
    public func setStateTensors(_ tensors: [Tensor], of parameter: Parameter) { state.set(tensors, of: parameter) }
    public var stepCount: Int {
        get { steps }
        set { steps = newValue }
    }
}
