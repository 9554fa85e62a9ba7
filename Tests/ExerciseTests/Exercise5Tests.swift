import Foundation
import Testing
import Training
import TrainingExercises

@Suite("Exercise 5: training")
struct Exercise5 {
    @Test("5.1 Xavier uniform") func xavier() async { await checkPart("5.1") }
    @Test("5.2 He normal") func he() async { await checkPart("5.2") }
    @Test("5.3 the momentum update") func momentum() async { await checkPart("5.3") }
    @Test("5.4 the Adam update") func adam() async { await checkPart("5.4") }
    @Test("5.5 the early-stopping rule") func earlyStopping() async { await checkPart("5.5") }
    @Test("5.6 Nesterov momentum") func nesterov() async { await checkPart("5.6") }
}

/// The checks of exercise 5, run in a child process by `checkPart`.
enum TrainingChecks {
    static let file = "exercises/05-training/TrainingExercise.swift"

    /// Checks a drawn weight matrix: shape, mean near 0, variance within 3 % of `variance`.
    static func checkDistribution(_ part: Part, _ weights: Tensor, shape: [Int], variance: Float, what: String) -> Bool {
        guard weights.shape == shape else {
            part.fail("\(what) has shape \(weights.shape), expected [fanIn, fanOut] = \(shape)")
            return false
        }
        let measured = weights.squared().mean()
        let mean = weights.mean()
        guard Swift.abs(mean) < 0.05 * variance.squareRoot(), Swift.abs(measured / variance - 1) < 0.03 else {
            var message = "\(what): the weights have mean \(mean) and variance \(measured); the formula gives mean 0 "
                + "and variance \(variance)"
            let ratio = measured / variance
            if Swift.abs(ratio - 2) < 0.1 { message += ". That is twice too large: check the 6 (or the 2) under the root" }
            if Swift.abs(ratio - Float(shape[0] + shape[1]) / Float(shape[0])) < 0.1 {
                message += ". That is the variance with fanIn alone: Xavier uses fanIn + fanOut"
            }
            part.fail(message)
            return false
        }
        return true
    }

    static func xavier() throws {
        let part = Part(id: "5.1", function: "xavierUniform(fanIn:fanOut:gain:using:)", file: file)
        var generator = SeededGenerator(seed: 501)
        let gain = Nonlinearity.tanh.gain
        let weights = try part.learner { TrainingExercise.xavierUniform(fanIn: 300, fanOut: 200, gain: gain, using: &generator) }
        if try part.isNotImplemented() { return }
        guard checkDistribution(part, weights, shape: [300, 200], variance: gain * gain * 2 / 500,
                                what: "xavierUniform(fanIn: 300, fanOut: 200, gain: 5/3)") else { return }
        let limit = gain * (6 / Float(500)).squareRoot()
        if abs(weights).max() > limit || abs(weights).max() < 0.98 * limit {
            part.fail("the largest |w| is \(abs(weights).max()), but a uniform draw on (−a, a) with a = \(limit) "
                      + "should come within 2 % of a and never exceed it")
        }
    }

    static func he() throws {
        let part = Part(id: "5.2", function: "heNormal(fanIn:fanOut:gain:using:)", file: file)
        var generator = SeededGenerator(seed: 502)
        let gain = Nonlinearity.relu.gain
        let weights = try part.learner { TrainingExercise.heNormal(fanIn: 300, fanOut: 200, gain: gain, using: &generator) }
        if try part.isNotImplemented() { return }
        guard checkDistribution(part, weights, shape: [300, 200], variance: 2 / 300,
                                what: "heNormal(fanIn: 300, fanOut: 200, gain: √2)") else { return }
        // A normal draw has about 0.3 % of its values beyond 3σ; a uniform one has none.
        let beyond = weights.scalars.filter { Swift.abs($0) > 3 * (2 / Float(300)).squareRoot() }.count
        if beyond == 0 { part.fail("no weight lies beyond 3σ: the draw looks uniform, but He normal draws from N(0, σ²)") }
    }

    static func momentum() throws {
        let part = Part(id: "5.3", function: "momentumStep(parameter:gradient:velocity:learningRate:momentum:)", file: file)
        var generator = SeededGenerator(seed: 503)
        var theta = Tensor.normal([3, 2], using: &generator), velocity = Tensor.zeros([3, 2])
        let reference = Parameter(theta, name: "θ")
        let optimizer = Momentum(learningRate: 0.1, momentum: 0.9)
        for step in 1...3 {
            let gradient = Tensor.normal([3, 2], using: &generator)
            let result: (parameter: Tensor, velocity: Tensor) = try part.learner {
                TrainingExercise.momentumStep(parameter: theta, gradient: gradient, velocity: velocity,
                                              learningRate: 0.1, momentum: 0.9)
            }
            if try part.isNotImplemented() { return }
            reference.gradient = gradient
            optimizer.step([reference])
            guard part.expectTensor(result.parameter, reference.value, "θ after step \(step)") else { return }
            (theta, velocity) = (result.parameter, result.velocity)
        }
    }

    static func adam() throws {
        let part = Part(id: "5.4", function: "adamStep(parameter:gradient:firstMoment:secondMoment:step:...)", file: file)
        var generator = SeededGenerator(seed: 504)
        var theta = Tensor.normal([4], using: &generator)
        var (m, v) = (Tensor.zeros([4]), Tensor.zeros([4]))
        let reference = Parameter(theta, name: "θ")
        let optimizer = Adam(learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        for step in 1...4 {
            let gradient = Tensor.normal([4], using: &generator) * Tensor([1, 10, 0.1, 100])
            let result: (parameter: Tensor, firstMoment: Tensor, secondMoment: Tensor) = try part.learner {
                TrainingExercise.adamStep(parameter: theta, gradient: gradient, firstMoment: m, secondMoment: v,
                                          step: step, learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
            }
            if try part.isNotImplemented() { return }
            reference.gradient = gradient
            optimizer.step([reference])
            guard part.expectTensor(result.parameter, reference.value, "θ after step \(step)", tolerance: 1e-5) else {
                if step == 1 {
                    part.fail("hint: at step 1 Adam moves every weight by about η·sign(g) = ±0.01 (exactly η|g|/(|g| + ε)), whatever the gradient's "
                              + "size, because of the bias corrections m̂ = m/(1 − β₁) and v̂ = v/(1 − β₂)")
                }
                return
            }
            (theta, m, v) = (result.parameter, result.firstMoment, result.secondMoment)
        }
    }

    static func earlyStopping() throws {
        let part = Part(id: "5.5", function: "earlyStopping(validationLosses:patience:minimumImprovement:)", file: file)
        let cases: [([Float], Int, Float)] = [
            ([1.0], 2, 0), ([1.0, 0.8, 0.9], 2, 0), ([1.0, 0.8, 0.9, 0.85], 2, 0), ([1.0, 0.8, 0.9, 0.7], 2, 0),
            ([0.5, 0.5, 0.5], 2, 0), ([1.0, 0.97, 0.96], 2, 0.05), ([1.0, 0.9, 0.95, 0.94, 0.93, 0.92], 4, 0),
            ([2.0, 1.0, 1.2, 1.1, 0.95, 1.3, 1.4, 1.5], 3, 0),
            // 0.95 never replaces 1.0 (not 0.1 lower), 0.87 does: best epoch 3, not 2.
            ([1.0, 0.95, 0.87], 2, 0.1),
        ]
        for (losses, patience, improvement) in cases {
            let result: (stop: Bool, bestEpoch: Int) = try part.learner {
                TrainingExercise.earlyStopping(validationLosses: losses, patience: patience, minimumImprovement: improvement)
            }
            if try part.isNotImplemented() { return }
            let expected = EarlyStoppingRule(patience: patience, minimumImprovement: improvement)
                .decide(validationLosses: losses)
            guard result == expected else {
                part.fail("for validation losses \(losses), patience \(patience), minimum improvement \(improvement): "
                          + "returned stop \(result.stop), best epoch \(result.bestEpoch); expected stop \(expected.stop), "
                          + "best epoch \(expected.bestEpoch) (epochs count from 1; a tie is not an improvement)")
                return
            }
        }
    }

    static func nesterov() throws {
        let part = Part(id: "5.6", function: "nesterovStep(parameter:gradient:velocity:learningRate:momentum:)", file: file)
        // A bowl L(θ) = Σᵢ (½ aᵢ θᵢ² − cᵢ θᵢ), ∇L(θ) = a ⊙ θ − c, steep in some directions and
        // shallow in others, so that where the gradient is taken matters.
        var generator = SeededGenerator(seed: 506)
        let curvature = Tensor([0.5, 2, 8, 0.1]), centre = Tensor.normal([4], using: &generator)
        let gradient: (Tensor) -> Tensor = { curvature * $0 - centre }
        let (eta, mu): (Float, Float) = (0.05, 0.9)
        // Nesterov as defined, on θ, with the gradient at the look-ahead point θ + μ v.
        var theta = Tensor.normal([4], using: &generator), velocity = Tensor.zeros([4])
        // What the learner's step holds: θ̃ = θ + μ v, equal to θ while v = 0.
        var stored = theta, storedVelocity = velocity
        // The engine's Nesterov holds θ̃ too.
        let reference = Parameter(theta, name: "θ̃")
        let optimizer = Momentum(learningRate: eta, momentum: mu, nesterov: true)
        for step in 1...6 {
            let g = gradient(stored)
            let result: (parameter: Tensor, velocity: Tensor) = try part.learner {
                TrainingExercise.nesterovStep(parameter: stored, gradient: g, velocity: storedVelocity,
                                              learningRate: eta, momentum: mu)
            }
            if try part.isNotImplemented() { return }
            velocity = mu * velocity - eta * gradient(theta + mu * velocity)
            theta += velocity
            reference.gradient = g
            optimizer.step([reference])
            // The usual slips, each computed from this step's θ̃, v, g and the right v_new.
            let mistakes: [(answer: Tensor, explanation: String)] = [
                (stored + velocity, "That is plain momentum's θ̃ + v_new: θ̃ = θ + μ v must move by v_new and by the "
                    + "change of its look-ahead μ (v_new − v)"),
                (stored + mu * velocity, "That is θ̃ + μ v_new: the gradient's own step −η g is missing"),
                (stored + (1 + mu) * velocity, "That is θ̃ + (1 + μ) v_new: θ = θ̃ − μ v, so the old look-ahead μ v "
                    + "comes off before the new one goes on"),
            ]
            guard part.expectTensor(result.velocity, velocity, "v after step \(step)"),
                  part.expectTensor(result.parameter, theta + mu * velocity,
                                    "θ̃ after step \(step), which should be θ + μ v of Nesterov's look-ahead form",
                                    tolerance: 1e-5, mistakes: mistakes),
                  part.expectTensor(result.parameter, reference.value, "θ̃ after step \(step), against the engine's Nesterov",
                                    tolerance: 1e-5)
            else { return }
            (stored, storedVelocity) = (result.parameter, result.velocity)
        }
    }
}
