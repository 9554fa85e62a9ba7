// Clipping by global norm (Pascanu et al. 2013): when the gradient of all the parameters,
// seen as one long vector, is longer than `maxNorm`, scale it down to that length. Its
// direction is kept; only an exploding step is shortened (notes, section 4).

/// ‖g‖, the length of every parameter's gradient taken together as one vector.
public func globalGradientNorm(_ parameters: [Parameter]) -> Float {
    var squares: Double = 0
    for parameter in parameters {
        for value in parameter.gradient.scalars { squares += Double(value) * Double(value) }
    }
    return Float(squares.squareRoot())
}

/// Scales every gradient by maxNorm/‖g‖ when ‖g‖ > maxNorm, and returns ‖g‖ as it was before.
@discardableResult
public func clipGradients(_ parameters: [Parameter], maxNorm: Float) -> Float {
    require(maxNorm > 0, "clipGradients: maxNorm must be positive, got \(maxNorm)")
    let norm = globalGradientNorm(parameters)
    if norm > maxNorm {
        let scale = maxNorm / norm
        for parameter in parameters { parameter.gradient *= scale }
    }
    return norm
}
