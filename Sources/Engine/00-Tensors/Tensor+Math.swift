// Element-wise math functions, written like their scalar counterparts: `exp(x)`, `abs(x)`.
import Foundation

/// e raised to each element.
public func exp(_ x: Tensor) -> Tensor { x.map { Foundation.exp($0) } }
/// The natural logarithm of each element (−inf at 0, NaN below).
public func log(_ x: Tensor) -> Tensor { x.map { Foundation.log($0) } }
/// The square root of each element.
public func sqrt(_ x: Tensor) -> Tensor { x.map { $0.squareRoot() } }
/// The absolute value of each element.
public func abs(_ x: Tensor) -> Tensor { x.map { Swift.abs($0) } }
/// The hyperbolic tangent of each element.
public func tanh(_ x: Tensor) -> Tensor { x.map { Foundation.tanh($0) } }
/// Each element raised to the power `exponent`.
public func pow(_ x: Tensor, _ exponent: Float) -> Tensor {
    exponent == 2 ? x.map { $0 * $0 } : x.map { Foundation.pow($0, exponent) }
}
/// The larger of each element and `floor`: `maximum(x, 0)` is the ReLU.
public func maximum(_ x: Tensor, _ floor: Float) -> Tensor { x.map { Swift.max($0, floor) } }

/// The Heaviside step of each element: 1 where x ≥ 0, else 0 (the perceptron's output).
public func step(_ x: Tensor) -> Tensor { x.map { $0 >= 0 ? 1 : 0 } }

/// The sign of each element: 1 where x ≥ 0, else −1 (the perceptron with ±1 labels).
public func sign(_ x: Tensor) -> Tensor { x.map { $0 >= 0 ? 1 : -1 } }

extension Tensor {
    /// Every element squared.
    public func squared() -> Tensor { map { $0 * $0 } }

    /// Whether every element is a finite number (no NaN, no infinity).
    public var isFinite: Bool { withUnsafeScalars { $0.allSatisfy(\.isFinite) } }
}
