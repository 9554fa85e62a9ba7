// The logistic sigmoid σ(s) = 1 / (1 + e⁻ˢ), which turns a score into a probability.
import Foundation

/// σ(s) for one number, computed without overflow: for s < 0, e⁻ˢ would overflow at
/// s < −88 in Float, so the equal form eˢ / (1 + eˢ) is used there.
@inline(__always)
public func sigmoid(_ s: Float) -> Float {
    if s >= 0 { return 1 / (1 + Foundation.exp(-s)) }
    let e = Foundation.exp(s)
    return e / (1 + e)
}

/// σ applied to every element.
public func sigmoid(_ x: Tensor) -> Tensor { x.map { sigmoid($0) } }

/// log(1 + eˢ) for one number, without overflow: s + log(1 + e⁻ˢ) for s > 0.
@inline(__always)
public func softplus(_ s: Float) -> Float {
    s > 0 ? s + Foundation.log1p(Foundation.exp(-s)) : Foundation.log1p(Foundation.exp(s))
}
