// Element-wise non-linearities. Each backward multiplies the incoming gradient by the
// activation's derivative at the cached input (or output): ∂L/∂x = ∂L/∂y ⊙ f′(x).
// Derivatives: chapters/04-backpropagation/README.md, section "Activations".
import Foundation

/// An element-wise function y = f(x) with its derivative, as a layer.
public protocol Activation: Layer {
    /// f for one number.
    static func value(_ x: Float) -> Float
    /// f′ for one number, given x and y = f(x) (whichever is cheaper to use).
    static func derivative(_ x: Float, output y: Float) -> Float
}

/// The cached input and output of an activation, and the shared forward and backward.
public class ElementwiseActivation {
    var input: Tensor?
    var output: Tensor?

    init() {}

    func forward(_ x: Tensor, _ f: (Float) -> Float) -> Tensor {
        let y = x.map(f)
        (input, output) = (x, y)
        return y
    }

    func backward(_ dy: Tensor, name: String, _ derivative: (Float, Float) -> Float) -> Tensor {
        let x = cached(input, name), y = output!
        precondition(dy.shape == x.shape, "shape mismatch in \(name).backward: gradient \(dy.shape), input \(x.shape)")
        var dx = dy
        x.withUnsafeScalars { px in
            y.withUnsafeScalars { py in
                dx.withUnsafeMutableScalars { pd in
                    for i in 0..<pd.count { pd[i] *= derivative(px[i], py[i]) }
                }
            }
        }
        return dx
    }
}

/// σ(x) = 1 / (1 + e⁻ˣ); σ′ = σ (1 − σ).
public final class Sigmoid: ElementwiseActivation, Activation {
    public override init() {}
    public static func value(_ x: Float) -> Float { sigmoid(x) }
    public static func derivative(_ x: Float, output y: Float) -> Float { y * (1 - y) }
    public func forward(_ input: Tensor) -> Tensor { forward(input, Self.value) }
    public func backward(_ outputGradient: Tensor) -> Tensor { backward(outputGradient, name: description, Self.derivative) }
    public var description: String { "Sigmoid" }
}

/// tanh x; tanh′ = 1 − tanh².
public final class Tanh: ElementwiseActivation, Activation {
    public override init() {}
    public static func value(_ x: Float) -> Float { Foundation.tanh(x) }
    public static func derivative(_ x: Float, output y: Float) -> Float { 1 - y * y }
    public func forward(_ input: Tensor) -> Tensor { forward(input, Self.value) }
    public func backward(_ outputGradient: Tensor) -> Tensor { backward(outputGradient, name: description, Self.derivative) }
    public var description: String { "Tanh" }
}

/// max(0, x); derivative 1 for x > 0, else 0 (the value chosen at the kink x = 0).
public final class ReLU: ElementwiseActivation, Activation {
    public override init() {}
    public static func value(_ x: Float) -> Float { Swift.max(0, x) }
    public static func derivative(_ x: Float, output y: Float) -> Float { x > 0 ? 1 : 0 }

    // The same arithmetic as `value` and `derivative`, written as plain loops over the
    // storage rather than through a closure per element: the compiler turns them into
    // vector instructions, and ReLU runs after every layer of a CNN (chapter 10's notes,
    // section 7, say what that bought).
    public func forward(_ input: Tensor) -> Tensor {
        let output = input.withUnsafeScalars { x in
            Tensor(shape: input.shape) { y in
                guard let source = x.baseAddress, let target = y.baseAddress else { return }
                for i in 0..<x.count { target[i] = Swift.max(0, source[i]) }
            }
        }
        // Backward needs the input alone; keeping the output too would hold a copy alive.
        self.input = input
        return output
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        let x = cached(input, description)
        precondition(outputGradient.shape == x.shape,
                     "shape mismatch in \(description).backward: gradient \(outputGradient.shape), input \(x.shape)")
        return x.withUnsafeScalars { xs in
            outputGradient.withUnsafeScalars { dys in
                Tensor(shape: x.shape) { dxs in
                    guard let source = xs.baseAddress, let dy = dys.baseAddress, let dx = dxs.baseAddress else { return }
                    for i in 0..<xs.count { dx[i] = source[i] > 0 ? dy[i] : 0 }
                }
            }
        }
    }

    public var description: String { "ReLU" }
}

/// x for x > 0, else αx; derivative 1 or α. A "dead" unit still passes a little gradient.
public final class LeakyReLU: ElementwiseActivation, Activation {
    public static let defaultSlope: Float = 0.01
    public override init() {}
    public static func value(_ x: Float) -> Float { x > 0 ? x : defaultSlope * x }
    public static func derivative(_ x: Float, output y: Float) -> Float { x > 0 ? 1 : defaultSlope }
    public func forward(_ input: Tensor) -> Tensor { forward(input, Self.value) }
    public func backward(_ outputGradient: Tensor) -> Tensor { backward(outputGradient, name: description, Self.derivative) }
    public var description: String { "LeakyReLU(0.01)" }
}

/// x for x > 0, else eˣ − 1 (α = 1); derivative 1, or eˣ = y + 1.
public final class ELU: ElementwiseActivation, Activation {
    public override init() {}
    public static func value(_ x: Float) -> Float { x > 0 ? x : Foundation.expm1(x) }
    public static func derivative(_ x: Float, output y: Float) -> Float { x > 0 ? 1 : y + 1 }
    public func forward(_ input: Tensor) -> Tensor { forward(input, Self.value) }
    public func backward(_ outputGradient: Tensor) -> Tensor { backward(outputGradient, name: description, Self.derivative) }
    public var description: String { "ELU" }
}

/// log(1 + eˣ), a smooth ReLU; its derivative is σ(x).
public final class Softplus: ElementwiseActivation, Activation {
    public override init() {}
    public static func value(_ x: Float) -> Float { softplus(x) }
    public static func derivative(_ x: Float, output y: Float) -> Float { sigmoid(x) }
    public func forward(_ input: Tensor) -> Tensor { forward(input, Self.value) }
    public func backward(_ outputGradient: Tensor) -> Tensor { backward(outputGradient, name: description, Self.derivative) }
    public var description: String { "Softplus" }
}
