import Regularization
import RegularizationExercises
import Testing

@Suite("Exercise 7: regularisation")
struct Exercise7 {
    @Test("7.1 inverted dropout") func dropout() async { await checkPart("7.1") }
    @Test("7.2 dropout backward") func dropoutBackward() async { await checkPart("7.2") }
    @Test("7.3 batch normalisation forward") func batchNormForward() async { await checkPart("7.3") }
    @Test("7.4 batch normalisation backward") func batchNormBackward() async { await checkPart("7.4") }
    @Test("7.5 the gradient of an L2 penalty") func l2Gradients() async { await checkPart("7.5") }
    @Test("7.6 a random shift of each image") func randomShift() async { await checkPart("7.6") }
}

/// The checks of exercise 7, run in a child process by `checkPart`.
enum RegularizationChecks {
    static let file = "exercises/07-regularization/RegularizationExercise.swift"

    /// Σ r ⊙ y in double precision: the scalar whose gradient a backward pass computes when it
    /// is handed dy = r.
    static func projected(_ y: [Double], _ r: Tensor) -> Double {
        zip(y, r.scalars).reduce(0) { $0 + $1.0 * Double($1.1) }
    }

    // MARK: - Dropout

    /// The engine's dropout layer, seeded from `seed`, and the uniforms that reproduce its masks:
    /// the layer seeds its own generator with the first number of `SeededGenerator(seed:)` and
    /// draws one `Float.random(in: 0..<1)` per input.
    static func engineDropout(rate: Float, shape: [Int], seed: UInt64) -> (layer: Dropout, uniforms: Tensor) {
        var generator = SeededGenerator(seed: seed)
        let layer = Dropout(rate: rate, using: &generator)
        var seeding = SeededGenerator(seed: seed)
        var draws = SeededGenerator(seed: seeding.next())
        let count = shape.reduce(1, *)
        let uniforms = Tensor(shape: shape, scalars: (0..<count).map { _ in Float.random(in: 0..<1, using: &draws) })
        return (layer, uniforms)
    }

    static let dropoutCases: [(shape: [Int], rate: Float)] = [([4, 6], 0.3), ([2, 3, 4, 4], 0.5), ([5, 8], 0.8)]

    static func dropout() throws {
        let part = Part(id: "7.1", function: "dropout(input:rate:uniforms:mode:)", file: file)
        for (index, c) in dropoutCases.enumerated() {
            var generator = SeededGenerator(seed: UInt64(710 + index))
            let x = Tensor.normal(c.shape, using: &generator)
            let (layer, uniforms) = engineDropout(rate: c.rate, shape: c.shape, seed: UInt64(715 + index))
            let trained: (output: Tensor, mask: Tensor) = try part.learner {
                RegularizationExercise.dropout(input: x, rate: c.rate, uniforms: uniforms, mode: .training)
            }
            if try part.isNotImplemented() { return }
            layer.setMode(.training)
            let expected = layer.forward(x)
            let expectedMask = layer.mask!
            let q = 1 - c.rate
            // The usual slips, as masks; each one's output is x times it.
            let wrongMasks: [(answer: Tensor, explanation: String)] = [
                (uniforms.map { $0 < q ? 1 : 0 }, "The kept inputs are not scaled: inverted dropout multiplies each one "
                    + "by 1/q = 1/\(q), so that E[y] = q · x/q = x and evaluation has nothing to undo"),
                (uniforms.map { $0 < q ? q : 0 }, "The kept inputs are multiplied by q = \(q) instead of divided by it: "
                    + "m = 1/q where an input is kept, so that E[y] = q · x/q = x"),
                (uniforms.map { $0 < q ? 0 : 1 / q }, "The kept and the dropped inputs are swapped: keep input i where "
                    + "uniforms[i] < q = 1 − rate, which happens with probability q, and drop it elsewhere"),
                (uniforms.map { $0 < c.rate ? 1 / q : 0 }, "The inputs are kept where uniforms[i] < rate, with probability "
                    + "rate: rate is the probability of dropping, so keep where uniforms[i] < q = 1 − rate"),
            ]
            let what = "input \(c.shape), rate \(c.rate), in training"
            guard part.expectTensor(trained.output, expected, "the output for \(what)",
                                    mistakes: wrongMasks.map { (x * $0.answer, $0.explanation) }),
                  part.expectTensor(trained.mask, expectedMask, "the mask for \(what)", mistakes: wrongMasks)
            else { return }

            let evaluated: (output: Tensor, mask: Tensor) = try part.learner {
                RegularizationExercise.dropout(input: x, rate: c.rate, uniforms: uniforms, mode: .evaluation)
            }
            layer.setMode(.evaluation)
            let identity = layer.forward(x)
            let masked = "A mask was applied in evaluation: dropout drops inputs only in training, and in evaluation y = x"
            let scaled = "That is dropout scaled at test time, y = q · x: with inverted dropout the scaling happened in "
                + "training (the 1/q of the mask), so evaluation is the identity, y = x"
            let ones = Tensor.ones(x.shape)
            guard part.expectTensor(evaluated.output, identity, "the output for input \(c.shape), rate \(c.rate), in evaluation",
                                    mistakes: [(x * q, scaled),
                                               (x / q, "The input is divided by q in evaluation: the 1/q belongs to the "
                                                + "training mask alone; in evaluation y = x"),
                                               (x * expectedMask, masked),
                                               (x * wrongMasks[0].answer, masked)]),
                  part.expectTensor(evaluated.mask, ones, "the mask for input \(c.shape), rate \(c.rate), in evaluation "
                                    + "(nothing is dropped: all ones, so that the backward pass lets the gradient through)",
                                    mistakes: [(ones * q, scaled), (expectedMask, masked), (wrongMasks[0].answer, masked)])
            else { return }
        }
    }

    static func dropoutBackward() throws {
        let part = Part(id: "7.2", function: "dropoutBackward(outputGradient:mask:)", file: file)
        for (index, c) in [(shape: [5, 4], rate: Float(0.25)), (shape: [2, 2, 3, 3], rate: Float(0.6))].enumerated() {
            var generator = SeededGenerator(seed: UInt64(720 + index))
            let x = Tensor.normal(c.shape, using: &generator), dy = Tensor.normal(c.shape, using: &generator)
            let layer = Dropout(rate: c.rate, using: &generator)
            _ = layer.forward(x)
            let mask = layer.mask!
            let dx = try part.learner { RegularizationExercise.dropoutBackward(outputGradient: dy, mask: mask) }
            if try part.isNotImplemented() { return }
            let mistakes: [(answer: Tensor, explanation: String)] = [
                (dy, "The gradient passed through unmasked: y = x ⊙ m, so ∂L/∂x = ∂L/∂y ⊙ m, and an input the mask "
                    + "dropped gets no gradient"),
                (dy * mask.map { $0 > 0 ? 1 : 0 }, "The gradient is masked but not scaled: multiply by the mask itself, "
                    + "1/q where an input was kept, as the forward pass did; a mask of 0s and 1s leaves out the 1/q"),
            ]
            let what = "∂L/∂x for input \(c.shape), rate \(c.rate)"
            guard part.expectGradient(dx, of: { projected(($0 * mask).scalars.map(Double.init), dy) }, at: x, what,
                                      mistakes: mistakes),
                  part.expectTensor(dx, layer.backward(dy), what, mistakes: mistakes)
            else { return }
        }
    }

    // MARK: - Batch normalisation

    /// Batches of few rows (n = 3, where n/(n − 1) = 1.5) and of more, with an ε large enough
    /// that where it goes shows.
    static let normCases: [(n: Int, d: Int, epsilon: Float, momentum: Float)] = [
        (6, 4, 1e-5, 0.1), (3, 5, 0.05, 0.2), (16, 3, 0.01, 0.1),
    ]

    /// x [n, d] whose features have different means and spreads, γ, β, and running statistics
    /// unlike the batch's.
    static func normProblem(_ index: Int) -> (x: Tensor, gamma: Tensor, beta: Tensor, mean: Tensor, variance: Tensor) {
        let c = normCases[index]
        var generator = SeededGenerator(seed: UInt64(730 + index))
        let centers = Tensor.normal([c.d], using: &generator), spreads = Tensor.uniform([c.d], low: 0.3, high: 2, using: &generator)
        let x = Tensor.normal([c.n, c.d], using: &generator) * spreads + centers
        let gamma = Tensor.uniform([c.d], low: 0.5, high: 1.5, using: &generator) * Tensor.normal([c.d], using: &generator).map { $0 >= 0 ? 1 : -1 }
        let beta = Tensor.normal([c.d], using: &generator)
        let mean = Tensor.normal([c.d], standardDeviation: 0.5, using: &generator)
        let variance = Tensor.uniform([c.d], low: 0.5, high: 2, using: &generator)
        return (x, gamma, beta, mean, variance)
    }

    /// "x [6, 4], ε = 1e-05, momentum 0.1".
    static func describe(_ index: Int) -> String {
        let c = normCases[index]
        return "x [\(c.n), \(c.d)], ε = \(c.epsilon), momentum \(c.momentum)"
    }

    /// The mean and variance of each feature (column) of x [n, d] in double precision, the
    /// variance divided by n, or by n − 1 when `unbiased`.
    static func statistics(_ x: Tensor, unbiased: Bool = false) -> (mean: [Double], variance: [Double]) {
        let (n, d) = (x.shape[0], x.shape[1])
        let values = x.scalars.map(Double.init)
        var mean = [Double](repeating: 0, count: d), variance = [Double](repeating: 0, count: d)
        for i in 0..<n { for j in 0..<d { mean[j] += values[i * d + j] / Double(n) } }
        for i in 0..<n { for j in 0..<d { variance[j] += (values[i * d + j] - mean[j]) * (values[i * d + j] - mean[j]) } }
        return (mean, variance.map { $0 / Double(unbiased ? n - 1 : n) })
    }

    /// y = γ (x − μ)/√(σ² + ε) + β in double precision for the given statistics, or with ε added
    /// after the root when `epsilonOutside`.
    static func normalised(_ x: Tensor, _ gamma: Tensor, _ beta: Tensor, mean: [Double], variance: [Double],
                           epsilon: Float, epsilonOutside: Bool = false) -> [Double] {
        let d = x.shape[1]
        let deviation = variance.map { epsilonOutside ? $0.squareRoot() + Double(epsilon) : ($0 + Double(epsilon)).squareRoot() }
        return x.scalars.enumerated().map { k, value in
            let j = k % d
            return Double(gamma[j]) * (Double(value) - mean[j]) / deviation[j] + Double(beta[j])
        }
    }

    static func tensor(_ values: [Double], _ shape: [Int]) -> Tensor {
        Tensor(shape: shape, scalars: values.map(Float.init))
    }

    /// (1 − momentum) r + momentum · b, or momentum · r + (1 − momentum) · b when `swapped`.
    static func runningAverage(_ running: Tensor, _ batch: [Double], momentum: Float, swapped: Bool = false) -> Tensor {
        let m = Double(momentum)
        return Tensor(shape: running.shape, scalars: zip(running.scalars, batch).map { r, b in
            Float(swapped ? m * Double(r) + (1 - m) * b : (1 - m) * Double(r) + m * b)
        })
    }

    /// The engine's batch normalisation with these parameters, statistics and mode.
    static func engineBatchNorm(_ index: Int, gamma: Tensor, beta: Tensor, mean: Tensor, variance: Tensor,
                                mode: Mode) -> BatchNorm {
        let c = normCases[index]
        let layer = BatchNorm(features: c.d, momentum: c.momentum, epsilon: c.epsilon)
        layer.scale.value = gamma
        layer.shift.value = beta
        layer.runningMean.value = mean
        layer.runningVariance.value = variance
        layer.setMode(mode)
        return layer
    }

    static func batchNormForward() throws {
        let part = Part(id: "7.3", function: "batchNormForward(input:scale:shift:runningMean:runningVariance:...)", file: file)
        for index in normCases.indices {
            let c = normCases[index]
            let (x, gamma, beta, mean, variance) = normProblem(index)
            let trained: (output: Tensor, runningMean: Tensor, runningVariance: Tensor) = try part.learner {
                RegularizationExercise.batchNormForward(input: x, scale: gamma, shift: beta, runningMean: mean,
                                                        runningVariance: variance, momentum: c.momentum,
                                                        epsilon: c.epsilon, mode: .training)
            }
            if try part.isNotImplemented() { return }
            let layer = engineBatchNorm(index, gamma: gamma, beta: beta, mean: mean, variance: variance, mode: .training)
            let expected = layer.forward(x)
            let batch = statistics(x), unbiased = statistics(x, unbiased: true)
            let outputMistakes: [(answer: Tensor, explanation: String)] = [
                (tensor(normalised(x, gamma, beta, mean: unbiased.mean, variance: unbiased.variance, epsilon: c.epsilon), x.shape),
                 "That is x normalised with the variance divided by n − 1: normalise with the batch's own variance, "
                    + "(1/n) Σ (x − μ)²; n/(n − 1) enters only the running estimate"),
                (tensor(normalised(x, gamma, beta, mean: batch.mean, variance: batch.variance, epsilon: c.epsilon,
                                   epsilonOutside: true), x.shape),
                 "ε is added outside the square root, √σ² + ε: it goes inside, √(σ² + ε), where it keeps a feature "
                    + "with no spread from dividing by zero"),
                (tensor(normalised(x, gamma, beta, mean: mean.scalars.map(Double.init),
                                   variance: variance.scalars.map(Double.init), epsilon: c.epsilon), x.shape),
                 "That is x normalised with the running mean and variance: in training, use the batch's own μ and σ²"),
            ]
            let swapped = "The momentum weights are swapped: the batch's value gets the small weight momentum, "
                + "r ← (1 − momentum) r + momentum · (batch value)"
            let biased = "The running variance averages in the batch's σ² itself: it keeps the unbiased estimate "
                + "n/(n − 1) σ² (n = \(c.n)), as the engine and PyTorch do"
            let what = "for \(describe(index)), in training"
            guard part.expectTensor(trained.output, expected, "the output \(what)", mistakes: outputMistakes),
                  part.expectTensor(trained.runningMean, layer.runningMean.value, "the running mean \(what)",
                                    mistakes: [(runningAverage(mean, batch.mean, momentum: c.momentum, swapped: true), swapped),
                                               (mean, "The running mean is unchanged: training batches move it towards theirs")]),
                  part.expectTensor(trained.runningVariance, layer.runningVariance.value, "the running variance \(what)",
                                    mistakes: [(runningAverage(variance, batch.variance, momentum: c.momentum), biased),
                                               (runningAverage(variance, unbiased.variance, momentum: c.momentum, swapped: true), swapped),
                                               (runningAverage(variance, batch.variance, momentum: c.momentum, swapped: true),
                                                swapped + ". " + biased),
                                               (variance, "The running variance is unchanged: training batches move it "
                                                + "towards theirs")])
            else { return }

            let evaluated: (output: Tensor, runningMean: Tensor, runningVariance: Tensor) = try part.learner {
                RegularizationExercise.batchNormForward(input: x, scale: gamma, shift: beta, runningMean: mean,
                                                        runningVariance: variance, momentum: c.momentum,
                                                        epsilon: c.epsilon, mode: .evaluation)
            }
            let evaluation = engineBatchNorm(index, gamma: gamma, beta: beta, mean: mean, variance: variance, mode: .evaluation)
            let evaluationMistakes: [(answer: Tensor, explanation: String)] = [
                (expected, "In evaluation that uses the batch's statistics: normalise with the running mean and variance, "
                    + "so that an example's output does not depend on the others in its batch"),
                (tensor(normalised(x, gamma, beta, mean: mean.scalars.map(Double.init),
                                   variance: variance.scalars.map(Double.init), epsilon: c.epsilon, epsilonOutside: true), x.shape),
                 "ε is added outside the square root, √r_σ² + ε: it goes inside, √(r_σ² + ε)"),
            ]
            let unchanged = "In evaluation the running statistics are returned unchanged: only training batches update them"
            let evaluationWhat = "for \(describe(index)), in evaluation"
            guard part.expectTensor(evaluated.output, evaluation.forward(x), "the output \(evaluationWhat)",
                                    mistakes: evaluationMistakes),
                  part.expectTensor(evaluated.runningMean, mean, "the running mean \(evaluationWhat)",
                                    mistakes: [(layer.runningMean.value, unchanged)]),
                  part.expectTensor(evaluated.runningVariance, variance, "the running variance \(evaluationWhat)",
                                    mistakes: [(layer.runningVariance.value, unchanged)])
            else { return }
        }
    }

    /// The gradients of training-mode batch normalisation in double precision, or those of a
    /// usual mistake: a path left out (`meanPath`, `variancePath`), γ left out, statistics with
    /// n − 1 (`unbiased`), or the variance path's mean over n − 1 (`unbiasedDerivative`).
    static func normGradients(_ x: Tensor, _ dy: Tensor, _ gamma: Tensor, epsilon: Float, meanPath: Bool = true,
                              variancePath: Bool = true, withGamma: Bool = true, unbiased: Bool = false,
                              unbiasedDerivative: Bool = false) -> (input: Tensor, scale: Tensor, shift: Tensor) {
        let (n, d) = (x.shape[0], x.shape[1])
        let (mean, variance) = statistics(x, unbiased: unbiased)
        let s = variance.map { 1 / ($0 + Double(epsilon)).squareRoot() }
        let xhat = x.scalars.enumerated().map { k, value in (Double(value) - mean[k % d]) * s[k % d] }
        let g = dy.scalars.map(Double.init)
        var sum = [Double](repeating: 0, count: d), weighted = [Double](repeating: 0, count: d)
        for k in 0..<(n * d) {
            sum[k % d] += g[k]
            weighted[k % d] += g[k] * xhat[k]
        }
        let dx = (0..<(n * d)).map { k in
            let j = k % d
            let meanTerm = meanPath ? sum[j] / Double(n) : 0
            let varianceTerm = variancePath ? xhat[k] * weighted[j] / Double(unbiasedDerivative ? n - 1 : n) : 0
            return (withGamma ? Double(gamma[j]) : 1) * s[j] * (g[k] - meanTerm - varianceTerm)
        }
        return (tensor(dx, x.shape), tensor(weighted, [d]), tensor(sum, [d]))
    }

    static func batchNormBackward() throws {
        let part = Part(id: "7.4", function: "batchNormBackward(outputGradient:input:scale:epsilon:)", file: file)
        for index in normCases.indices {
            let c = normCases[index]
            let (x, gamma, beta, mean, variance) = normProblem(index)
            var generator = SeededGenerator(seed: UInt64(740 + index))
            let dy = Tensor.normal(x.shape, using: &generator)
            let result: (input: Tensor, scale: Tensor, shift: Tensor) = try part.learner {
                RegularizationExercise.batchNormBackward(outputGradient: dy, input: x, scale: gamma, epsilon: c.epsilon)
            }
            if try part.isNotImplemented() { return }
            // L = Σ dy ⊙ y, so that ∂L/∂y = dy, with the forward pass in double precision: Float's
            // rounding would leave more noise in a finite difference than the tolerance.
            func loss(_ x: Tensor, _ gamma: Tensor, _ beta: Tensor) -> Double {
                let (mean, variance) = statistics(x)
                return projected(normalised(x, gamma, beta, mean: mean, variance: variance, epsilon: c.epsilon), dy)
            }
            let epsilon = c.epsilon
            let noMean = normGradients(x, dy, gamma, epsilon: epsilon, meanPath: false)
            let noVariance = normGradients(x, dy, gamma, epsilon: epsilon, variancePath: false)
            let neither = normGradients(x, dy, gamma, epsilon: epsilon, meanPath: false, variancePath: false)
            let noGamma = normGradients(x, dy, gamma, epsilon: epsilon, withGamma: false)
            let besselStatistics = normGradients(x, dy, gamma, epsilon: epsilon, unbiased: true)
            let besselEverywhere = normGradients(x, dy, gamma, epsilon: epsilon, unbiased: true, unbiasedDerivative: true)
            let bessel = "These are the gradients of batch normalisation with σ² divided by n − 1: the forward pass "
                + "normalises with the batch's own variance, (1/n) Σ (x − μ)²"
            let inputMistakes: [(answer: Tensor, explanation: String)] = [
                (neither.input, "That is γ s · dy, ∂L/∂x with μ and σ² both held constant: x reaches y through the batch "
                    + "mean and the batch variance as well, and both of those paths are missing"),
                (noMean.input, "That is ∂L/∂x with μ held constant: x reaches y through the batch mean as well, and "
                    + "that path is missing"),
                (noVariance.input, "That is ∂L/∂x with σ² held constant: x reaches y through the batch variance as "
                    + "well, and that path is missing"),
                (noGamma.input, "The factor γ is missing: y = γ x̂ + β, so every path from x to y goes through γ"),
                (besselStatistics.input, bessel),
                (besselEverywhere.input, bessel),
            ]
            let what = describe(index).components(separatedBy: ", momentum").first!
            guard part.expectGradient(result.input, of: { loss($0, gamma, beta) }, at: x, "∂L/∂x for \(what)",
                                      mistakes: inputMistakes),
                  part.expectGradient(result.scale, of: { loss(x, $0, beta) }, at: gamma, "∂L/∂γ for \(what)",
                                      mistakes: [(noMean.shift, "That is Σ dy, which is ∂L/∂β: y = γ x̂ + β, so ∂L/∂γ "
                                                  + "weighs each dy by its x̂"),
                                                 (noMean.scale / Float(c.n), "That is the mean over the batch: every row "
                                                  + "uses γ, so its gradient is the sum over the rows"),
                                                 (besselStatistics.scale, bessel)]),
                  part.expectGradient(result.shift, of: { loss(x, gamma, $0) }, at: beta, "∂L/∂β for \(what)",
                                      mistakes: [(noMean.shift / Float(c.n), "That is the mean of dy over the batch: "
                                                  + "every row adds β once, so its gradient is the sum over the rows"),
                                                 (noMean.scale, "That is Σ dy ⊙ x̂, which is ∂L/∂γ: β is added as it is, "
                                                  + "so ∂L/∂β = Σ dy")])
            else { return }
            // And the engine's layer, after a training forward pass.
            let layer = engineBatchNorm(index, gamma: gamma, beta: beta, mean: mean, variance: variance, mode: .training)
            _ = layer.forward(x)
            let dx = layer.backward(dy)
            guard part.expectTensor(result.input, dx, "∂L/∂x for \(what), against the engine's batch normalisation"),
                  part.expectTensor(result.scale, layer.scale.gradient, "∂L/∂γ for \(what), against the engine's"),
                  part.expectTensor(result.shift, layer.shift.gradient, "∂L/∂β for \(what), against the engine's")
            else { return }
        }
    }

    // MARK: - Weight decay

    static func l2Gradients() throws {
        let part = Part(id: "7.5", function: "l2Gradients(values:gradients:lambda:)", file: file)
        var generator = SeededGenerator(seed: 750)
        // A small convolutional network's parameters: kernels and matrices, and rank-1 biases and γ, β.
        let parameters: [(name: String, shape: [Int])] = [
            ("conv1.kernel", [2, 1, 3, 3]), ("conv1.bias", [2]), ("bn1.scale", [2]), ("bn1.shift", [2]),
            ("linear1.weight", [8, 3]), ("linear1.bias", [3]),
        ]
        let values = parameters.map { Tensor.normal($0.shape, using: &generator) }
        let gradients = parameters.map { Tensor.normal($0.shape, using: &generator) }
        let lambda: Float = 0.1
        let result: [Tensor] = try part.learner {
            RegularizationExercise.l2Gradients(values: values, gradients: gradients, lambda: lambda)
        }
        if try part.isNotImplemented() { return }
        guard result.count == values.count else {
            part.fail("returned \(result.count) gradients for \(values.count) parameters: one per parameter, in their order")
            return
        }
        for (index, parameter) in parameters.enumerated() {
            let (value, gradient) = (values[index], gradients[index])
            let penalised = value.rank >= 2
            // A loss whose own gradient is `gradient`, Σ g ⊙ θ, plus the penalty where there is one.
            let loss: (Tensor) -> Double = { theta in
                zip(theta.scalars, gradient.scalars).reduce(0) { total, pair in
                    let (t, g) = (Double(pair.0), Double(pair.1))
                    return total + g * t + (penalised ? Double(lambda) / 2 * t * t : 0)
                }
            }
            let mistakes: [(answer: Tensor, explanation: String)] = penalised ? [
                (gradient + 2 * lambda * value, "That adds 2λW: the derivative of (λ/2) w² is λw, the ½ cancelling the 2"),
                (gradient + lambda / 2 * value, "That adds λW/2: the derivative of (λ/2) w² is λw, the 2 of w² cancelling the ½"),
                (gradient - lambda * value, "The penalty's gradient is subtracted: the penalty adds to the loss, so λW adds "
                    + "to the gradient (and the descent step then pulls W towards zero)"),
                (gradient, "The weight matrix is not penalised: every value of rank 2 or more is a weight matrix or "
                    + "kernel, and gets λW added"),
            ] : [
                (gradient + lambda * value, "A rank-1 parameter is penalised: biases and batch normalisation's γ and β "
                    + "are not decayed, only the weight matrices and kernels (rank 2 or more)"),
            ]
            let what = "the gradient of \(parameter.name) \(parameter.shape), λ = \(lambda)"
            guard part.expectGradient(result[index], of: loss, at: value, what, mistakes: mistakes),
                  part.expectTensor(result[index], penalised ? gradient + lambda * value : gradient, what, mistakes: mistakes)
            else { return }
        }
    }

    // MARK: - Augmentation

    /// Each image of `images` shifted by its (down, right) pair: output (ch, i, j) reads input
    /// (ch, i − sign·down, j − sign·right), zero outside, or wrapping around when `wrap`.
    static func shifted(_ images: Tensor, _ shifts: [(down: Int, right: Int)], sign: Int = 1, wrap: Bool = false) -> Tensor {
        let (n, c, h, w) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let x = images.scalars
        var y = [Float](repeating: 0, count: x.count)
        for b in 0..<n { for ch in 0..<c { for i in 0..<h { for j in 0..<w {
            var (row, column) = (i - sign * shifts[b].down, j - sign * shifts[b].right)
            if wrap { (row, column) = (((row % h) + h) % h, ((column % w) + w) % w) }
            if row >= 0 && row < h && column >= 0 && column < w {
                y[((b * c + ch) * h + i) * w + j] = x[((b * c + ch) * h + row) * w + column]
            }
        } } } }
        return Tensor(shape: images.shape, scalars: y)
    }

    static func randomShift() throws {
        let part = Part(id: "7.6", function: "randomShift(images:maxPixels:using:)", file: file)
        var generator = SeededGenerator(seed: 760)
        // Not square, so that rows and columns cannot stand in for each other.
        let images = Tensor.normal([6, 2, 6, 7], using: &generator)
        let (seed, maxPixels, n) = (UInt64(761), 2, 6)
        // The engine's augmentation seeds its generator with the first number of the one it is
        // given; the learner's generator starts where that one does.
        var engineSeeding = SeededGenerator(seed: seed)
        let augmentation = Augmentation([.shift(maxPixels: maxPixels)], using: &engineSeeding)
        var seeding = SeededGenerator(seed: seed)
        var learnerGenerator = SeededGenerator(seed: seeding.next())
        var draws = learnerGenerator
        let first = try part.learner {
            RegularizationExercise.randomShift(images: images, maxPixels: maxPixels, using: &learnerGenerator)
        }
        if try part.isNotImplemented() { return }
        // The draws again, two per image, for the mistakes.
        let shifts = (0..<n).map { _ in
            (down: Int.random(in: -maxPixels...maxPixels, using: &draws), right: Int.random(in: -maxPixels...maxPixels, using: &draws))
        }
        let expected = augmentation.apply(images)
        let mistakes: [(answer: Tensor, explanation: String)] = [
            (shifted(images, shifts, sign: -1), "The images moved the other way: output (i, j) reads input (i − down, "
                + "j − right), so that a positive shift moves the picture down and to the right"),
            (shifted(images, shifts, wrap: true), "The pixels pushed off one edge came back on the other: a shift "
                + "fills the edge it leaves with zeros, like a crop of the image padded with zeros"),
            (shifted(images, shifts.map { (down: $0.right, right: $0.down) }), "The rows moved by the second draw and "
                + "the columns by the first: draw down first, then right"),
            (shifted(images, Array(repeating: shifts[0], count: n)), "Every image got the first image's shift: draw "
                + "a new pair (down, right) for each image"),
        ]
        let what = "the shifted images \(images.shape), maxPixels \(maxPixels)"
        guard part.expectTensor(first, expected, what, mistakes: mistakes) else { return }
        // The same generator again: it should have moved on, as the engine's has.
        let second = try part.learner {
            RegularizationExercise.randomShift(images: images, maxPixels: maxPixels, using: &learnerGenerator)
        }
        guard part.expectTensor(second, augmentation.apply(images), "the second batch shifted with the same generator",
                                mistakes: [(first, "The second batch got the first one's shifts: draw from `generator` "
                                            + "itself (it is inout), not from a copy, so that each call moves it on")])
        else { return }
        var zeroGenerator = SeededGenerator(seed: 762)
        let unchanged = try part.learner {
            RegularizationExercise.randomShift(images: images, maxPixels: 0, using: &zeroGenerator)
        }
        part.expectTensor(unchanged, images, "the images shifted by at most 0 pixels, which should come back unchanged")
    }
}
