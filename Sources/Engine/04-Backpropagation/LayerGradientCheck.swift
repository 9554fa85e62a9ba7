// Checking a layer's backward pass against finite differences of its forward pass.
//
// The scalar checked is L = Σ R ⊙ layer(x) for a fixed random R, so every output entry
// contributes with its own weight, and backward(R) must give ∂L/∂x and every ∂L/∂θ.
// The sum is taken in double precision; step and tolerance are chapter 02's. The outputs
// themselves are Float, rounded to about 6·10⁻⁸ of their size, which leaves ~3·10⁻⁶ of
// noise in each central difference: so entries are compared with an absolute floor of
// 10⁻², and a 1 % error is still caught in every entry larger than 0.2 × floor = 0.002
// (chapter 04's notes).

/// The comparison of one gradient of a layer with its numerical estimate.
public struct LayerGradientReport: CustomStringConvertible {
    /// "input" or the parameter's name.
    public let name: String
    public let comparison: GradientComparison
    public var description: String { "\(name): \(comparison)" }
}

/// Compares the analytic gradients of `layer` at `input` (with respect to the input and
/// every parameter) with central differences of relative step `step`, for the loss Σ R ⊙ layer(input).
public func checkLayerGradients(_ layer: any Layer, input: Tensor, floor: Float = 1e-2, step: Float = 1e-2,
                                using generator: inout SeededGenerator) -> [LayerGradientReport] {
    let output = layer.forward(input)
    let projection = Tensor.normal(output.shape, using: &generator)
    let inputGradient = layer.backward(projection)
    let analytic = layer.parameters.map(\.gradient)
    func loss(_ x: Tensor) -> Double {
        let y = layer.forward(x)
        var total = 0.0
        for i in 0..<y.count { total += Double(y[flat: i]) * Double(projection[flat: i]) }
        return total
    }
    var reports = [LayerGradientReport(name: "input", comparison: compareGradients(
        analytic: inputGradient, numerical: numericalGradient(of: loss, at: input, step: step), floor: floor))]
    for (parameter, gradient) in zip(layer.parameters, analytic) {
        let original = parameter.value
        let numerical = numericalGradient(of: { value -> Double in
            parameter.value = value
            return loss(input)
        }, at: original, step: step)
        parameter.value = original
        reports.append(LayerGradientReport(name: parameter.name,
                                           comparison: compareGradients(analytic: gradient, numerical: numerical,
                                                                        floor: floor)))
    }
    // Leave the layer as a forward pass at `input` left it.
    _ = layer.forward(input)
    return reports
}
