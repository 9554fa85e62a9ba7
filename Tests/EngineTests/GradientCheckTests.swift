import Testing
import LinearRegression

/// The checks must pass a correct gradient and fail one with any single entry off by 1 %.
@Suite("Gradient checking in Float")
struct GradientCheckTests {
    /// A regression problem whose gradient entries are all of order one.
    static func problem() -> (model: LinearModel, inputs: Tensor, targets: Tensor) {
        var generator = SeededGenerator(seed: 21)
        let inputs = Tensor.normal([12, 4], using: &generator)
        let targets = Tensor.normal([12], using: &generator)
        let model = LinearModel(weights: Tensor([0.8, -1.1, 0.6, 1.3]), bias: 0.9)
        return (model, inputs, targets)
    }

    /// The MSE gradient with respect to the weights, analytic and numerical.
    static func weightGradients() -> (analytic: Tensor, numerical: Tensor) {
        let (model, inputs, targets) = problem()
        let analytic = meanSquaredErrorGradient(model, inputs: inputs, targets: targets).weights
        let numerical = numericalGradient(of: { w in
            meanSquaredError(predictions: LinearModel(weights: w, bias: model.bias).predict(inputs), targets: targets)
        }, at: model.weights)
        return (analytic, numerical)
    }

    @Test("a correct MSE gradient passes with margin")
    func correctPasses() {
        let (analytic, numerical) = Self.weightGradients()
        let comparison = compareGradients(analytic: analytic, numerical: numerical)
        #expect(comparison.passes(), "\(comparison)")
        #expect(comparison.relativeError < 2e-4, "the check needs margin below its tolerance: \(comparison)")
        #expect(abs(analytic).min() > 0.05, "the test needs every entry well above the floor")
    }

    @Test("a 1 % error planted in any single entry fails the check")
    func plantedErrorFails() {
        let (analytic, numerical) = Self.weightGradients()
        for i in 0..<analytic.count {
            for factor: Float in [1.01, 0.99] {
                var wrong = analytic
                wrong[flat: i] *= factor
                let comparison = compareGradients(analytic: wrong, numerical: numerical)
                #expect(!comparison.passes(), "entry \(i) × \(factor) slipped through: \(comparison)")
                #expect(comparison.worstIndex == i)
            }
        }
    }

    @Test("a 1 % error is caught in a non-quadratic function too")
    func nonlinear() {
        var generator = SeededGenerator(seed: 8)
        let x = Tensor.normal([10], using: &generator)
        let weights = Tensor.normal([10], using: &generator)
        // f(x) = Σ wᵢ tanh(xᵢ) + (Σ xᵢ)² / 10, so ∂f/∂xᵢ = wᵢ (1 − tanh² xᵢ) + (Σ x) / 5.
        let f: (Tensor) -> Float = { x in (weights * tanh(x)).sum() + x.sum() * x.sum() / 10 }
        let analytic = weights * (1 - tanh(x).squared()) + x.sum() / 5
        let numerical = numericalGradient(of: f, at: x)
        #expect(compareGradients(analytic: analytic, numerical: numerical).passes())
        for i in 0..<x.count where Swift.abs(analytic[flat: i]) > 0.05 {
            var wrong = analytic
            wrong[flat: i] *= 1.01
            #expect(!compareGradients(analytic: wrong, numerical: numerical).passes(), "entry \(i) slipped through")
        }
    }

    @Test("the report names the worst entry by position")
    func report() {
        let comparison = compareGradients(analytic: Tensor([[1, 2], [3, 4]]), numerical: Tensor([[1, 2], [3, 5]]))
        #expect(comparison.worstPosition == [1, 1])
        #expect("\(comparison)".contains("[1, 1]"))
    }
}
