import LinearRegression
import LinearRegressionExercises
import Testing

@Suite("Exercise 2: linear regression")
struct Exercise2 {
    @Test("2.1 mean squared error") func meanSquaredError() async { await checkPart("2.1") }
    @Test("2.2 gradient of the mean squared error") func gradient() async { await checkPart("2.2") }
    @Test("2.3 normal equations") func normalEquations() async { await checkPart("2.3") }
    @Test("2.4 ridge gradient") func ridgeGradient() async { await checkPart("2.4") }
    @Test("2.5 an epoch of mini-batch gradient descent") func miniBatchEpoch() async { await checkPart("2.5") }
    @Test("2.6 a finite-difference gradient") func finiteDifferences() async { await checkPart("2.6") }
}

/// The checks of exercise 2, run in a child process by `checkPart`.
enum LinearRegressionChecks {
    static let file = "exercises/02-linear-regression/LinearRegressionExercise.swift"

    /// A small regression problem whose gradient entries are all well away from zero.
    static func problem(seed: UInt64, rows n: Int = 9, features d: Int = 3)
        -> (inputs: Tensor, targets: Tensor, weights: Tensor, bias: Float) {
        var generator = SeededGenerator(seed: seed)
        let inputs = Tensor.normal([n, d], using: &generator)
        let targets = Tensor.normal([n], using: &generator) * 2
        let weights = Tensor.uniform([d], low: 0.5, high: 1.5, using: &generator)
        return (inputs, targets, weights, 0.7)
    }

    static func meanSquaredError() throws {
        let part = Part(id: "2.1", function: "meanSquaredError(predictions:targets:)", file: file)
        var generator = SeededGenerator(seed: 201)
        for n in [1, 5, 32] {
            let predictions = Tensor.normal([n], using: &generator), targets = Tensor.normal([n], using: &generator)
            let loss = try part.learner { LinearRegressionExercise.meanSquaredError(predictions: predictions, targets: targets) }
            if try part.isNotImplemented() { return }
            let expected = LinearRegression.meanSquaredError(predictions: predictions, targets: targets)
            guard part.expectNumber(loss, expected, "the loss of \(n) predictions", batchSize: n) else { return }
        }
        let perfect = try part.learner {
            LinearRegressionExercise.meanSquaredError(predictions: Tensor([1, 2]), targets: Tensor([1, 2]))
        }
        part.expectNumber(perfect, 0, "the loss of perfect predictions")
    }

    static func gradient() throws {
        let part = Part(id: "2.2", function: "meanSquaredErrorGradient(inputs:targets:weights:bias:)", file: file)
        let (x, y, w, b) = problem(seed: 202)
        let gradient: (weights: Tensor, bias: Float) = try part.learner {
            LinearRegressionExercise.meanSquaredErrorGradient(inputs: x, targets: y, weights: w, bias: b)
        }
        if try part.isNotImplemented() { return }
        let expected = LinearRegression.meanSquaredErrorGradient(LinearModel(weights: w, bias: b), inputs: x, targets: y)
        guard part.expectTensor(gradient.weights, expected.weights, "∂L/∂w", batchSize: x.shape[0]),
              part.expectNumber(gradient.bias, expected.bias, "∂L/∂b", batchSize: x.shape[0]) else { return }
        let loss: (Tensor, Float) -> Float = { w, b in
            LinearRegression.meanSquaredError(predictions: matmul(x, w) + b, targets: y)
        }
        part.expectGradient(gradient.weights, of: { loss($0, b) }, at: w, "∂L/∂w", batchSize: x.shape[0])
        part.expectGradient(Tensor([gradient.bias]), of: { loss(w, $0.scalar) }, at: Tensor([b]), "∂L/∂b",
                            batchSize: x.shape[0])
    }

    static func normalEquations() throws {
        let part = Part(id: "2.3", function: "normalEquations(inputs:targets:)", file: file)
        var generator = SeededGenerator(seed: 203)
        // A line y = 3x − 2 plus noise, with a column of ones for the intercept.
        let x = Tensor.uniform([20], low: -1, high: 1, using: &generator)
        let design = Tensor(shape: [20, 2], scalars: x.scalars.flatMap { [$0, 1] })
        let y = 3 * x - 2 + Tensor.normal([20], standardDeviation: 0.1, using: &generator)
        do {
            let weights = try part.learner { try LinearRegressionExercise.normalEquations(inputs: design, targets: y) }
            if try part.isNotImplemented() { return }
            let expected = try leastSquares(design, y)
            guard part.expectTensor(weights, expected, "the weights [slope, intercept]", tolerance: 1e-3) else { return }
            // At the least-squares solution the gradient of the MSE vanishes.
            let gradient = LinearRegression.meanSquaredErrorGradient(LinearModel(weights: weights), inputs: design, targets: y)
            if abs(gradient.weights).max() > 1e-3 {
                part.fail("the MSE gradient at the returned weights is \(gradient.weights), not zero")
            }
        } catch let error as LearnerThrew {
            part.fail("threw \(error) on a well-posed system")
        }
    }

    static func ridgeGradient() throws {
        let part = Part(id: "2.4", function: "ridgeGradient(inputs:targets:weights:bias:lambda:)", file: file)
        let (x, y, w, b) = problem(seed: 204)
        for lambda: Float in [0, 0.8] {
            let gradient: (weights: Tensor, bias: Float) = try part.learner {
                LinearRegressionExercise.ridgeGradient(inputs: x, targets: y, weights: w, bias: b, lambda: lambda)
            }
            if try part.isNotImplemented() { return }
            let model = LinearModel(weights: w, bias: b)
            // The usual slips in differentiating the penalty, each computed from the MSE gradient.
            let mse = LinearRegression.meanSquaredErrorGradient(model, inputs: x, targets: y)
            let weightMistakes: [(answer: Tensor, explanation: String)] = lambda == 0 ? [] : [
                (mse.weights, "That is the MSE gradient alone: the penalty (λ/2)‖w‖² adds a term of its own to ∂J/∂w"),
                (mse.weights + 2 * lambda * w, "The penalty's term is 2λw, twice too large: ∂/∂wⱼ of (λ/2) wⱼ² is λ wⱼ "
                    + "(the ½ is there to cancel the 2)"),
                (mse.weights + 0.5 * lambda * w, "The penalty's term is λw/2, half too small: ∂/∂wⱼ of (λ/2) wⱼ² is λ wⱼ"),
                (mse.weights - lambda * w, "The penalty's term has the wrong sign: (λ/2)‖w‖² grows with w, so its "
                    + "gradient points along w"),
            ]
            let biasMistakes: [(answer: Float, explanation: String)] = lambda == 0 ? [] : [
                (mse.bias + lambda * b, "The bias is penalised here, but J's penalty holds w alone: ∂J/∂b is the MSE's"),
            ]
            let ridge: (Tensor, Float) -> Float = { v, c in
                ridgeLoss(LinearModel(weights: v, bias: c), inputs: x, targets: y, lambda: lambda)
            }
            guard part.expectGradient(gradient.weights, of: { ridge($0, b) }, at: w, "∂J/∂w with λ = \(lambda)",
                                      batchSize: x.shape[0], mistakes: weightMistakes),
                  part.expectNumber(gradient.bias, mse.bias, "∂J/∂b with λ = \(lambda)", tolerance: 1e-3,
                                    batchSize: x.shape[0], mistakes: biasMistakes),
                  part.expectGradient(Tensor([gradient.bias]), of: { ridge(w, $0.scalar) }, at: Tensor([b]),
                                      "∂J/∂b with λ = \(lambda)", batchSize: x.shape[0])
            else { return }
            let expected = LinearRegression.ridgeGradient(model, inputs: x, targets: y, lambda: lambda)
            guard part.expectTensor(gradient.weights, expected.weights, "∂J/∂w with λ = \(lambda)", batchSize: x.shape[0],
                                    mistakes: weightMistakes),
                  part.expectNumber(gradient.bias, expected.bias, "∂J/∂b with λ = \(lambda)", batchSize: x.shape[0],
                                    mistakes: biasMistakes)
            else { return }
        }
    }

    static func miniBatchEpoch() throws {
        let part = Part(id: "2.5", function: "miniBatchEpoch(weights:bias:inputs:targets:order:batchSize:learningRate:lambda:)",
                        file: file)
        let (x, y, w, b) = problem(seed: 205, rows: 10)
        var generator = SeededGenerator(seed: 2050)
        let data = Dataset(inputs: x, targets: y)
        let order = generator.permutation(10)
        for batchSize in [3, 10] {
            let (weights, bias) = try part.learner {
                LinearRegressionExercise.miniBatchEpoch(weights: w, bias: b, inputs: x, targets: y, order: order,
                                                        batchSize: batchSize, learningRate: 0.05, lambda: 0.1)
            }
            if try part.isNotImplemented() { return }
            var expected = LinearModel(weights: w, bias: b)
            for batch in data.batches(size: batchSize, order: order) {
                let gradient = LinearRegression.ridgeGradient(expected, inputs: batch.inputs, targets: batch.targets, lambda: 0.1)
                expected.weights -= 0.05 * gradient.weights
                expected.bias -= 0.05 * gradient.bias
            }
            let steps = (10 + batchSize - 1) / batchSize
            guard part.expectTensor(weights, expected.weights,
                                    "the weights after one epoch of \(steps) steps with batches of \(batchSize)"),
                  part.expectNumber(bias, expected.bias, "the bias after one epoch with batches of \(batchSize)")
            else { return }
        }
    }

    static func finiteDifferences() throws {
        let part = Part(id: "2.6", function: "numericalGradient(of:at:step:)", file: file)
        var generator = SeededGenerator(seed: 206)
        let x = Tensor.uniform([2, 3], low: 0.5, high: 1.5, using: &generator)
        let weights = Tensor.normal([2, 3], using: &generator)
        // f(x) = Σ wᵢ xᵢ³, so ∂f/∂xᵢ = 3 wᵢ xᵢ².
        let f: (Tensor) -> Float = { x in (weights * x * x * x).sum() }
        let estimate = try part.learner { LinearRegressionExercise.numericalGradient(of: f, at: x, step: 1e-2) }
        if try part.isNotImplemented() { return }
        let exact = 3 * weights * x * x
        guard estimate.shape == x.shape else {
            part.fail("the gradient has shape \(estimate.shape), but x has shape \(x.shape)")
            return
        }
        let oneSided = (0..<x.count).map { i -> Float in
            var probe = x
            probe[flat: i] += 1e-2
            return (f(probe) - f(x)) / 1e-2
        }
        let comparison = compareGradients(analytic: estimate, numerical: exact, floor: 1e-2)
        guard comparison.relativeError <= 2e-3 else {
            let looksOneSided = abs(estimate - Tensor(shape: x.shape, scalars: oneSided)).max() < 1e-3
            part.fail("the estimate of ∂f/∂x for f(x) = Σ wᵢ xᵢ³ is off at \(comparison.worstPosition): "
                      + "\(comparison.analytic) instead of \(comparison.numerical) (relative error \(comparison.relativeError))"
                      + (looksOneSided ? ". It matches the one-sided difference (f(x + h) − f(x))/h, whose error is "
                         + "proportional to h; the central difference's is proportional to h²" : ""))
            return
        }
    }
}
