import LookingInside
import LookingInsideExercises
import Testing

@Suite("Exercise 12: looking inside a network")
struct Exercise12 {
    @Test("12.1 an occlusion map") func occlusionMap() async { await checkPart("12.1") }
    @Test("12.2 the saliency") func scoreGradient() async { await checkPart("12.2") }
    @Test("12.3 a regularised ascent step") func ascentStep() async { await checkPart("12.3") }
    @Test("12.4 the fast gradient sign method") func fastGradientSign() async { await checkPart("12.4") }
    @Test("12.5 projection on the principal components") func principalProjection() async { await checkPart("12.5") }
}

/// The checks of exercise 12, run in a child process by `checkPart`. Expected values come from
/// chapter 12's engine (occlusionMap, scoreGradient, regularizedAscentStep, fastGradientSign,
/// PrincipalComponents), whose own tests hold them to central differences and to hand-worked values.
enum LookingInsideChecks {
    static let file = "exercises/12-looking-inside/LookingInsideExercise.swift"

    static func uniform(_ shape: [Int], seed: UInt64, low: Float = 0, high: Float = 1) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.uniform(shape, low: low, high: high, using: &generator)
    }

    /// A linear classifier of `classes` over images of `shape` [c, h, w], its weights drawn from `seed`.
    static func linearNetwork(_ shape: [Int], classes: Int, seed: UInt64) -> Sequential {
        var generator = SeededGenerator(seed: seed)
        let d = shape.reduce(1, *)
        return Sequential([Flatten(), Linear(weight: Tensor.normal([d, classes], using: &generator),
                                             bias: Tensor.normal([classes], using: &generator))])
    }

    /// The occlusion map with the mask over the channels `masked` only, its corner at (r·step, t·step).
    static func maskedMap(_ network: Sequential, _ image: Tensor, label: Int, size: Int, step: Int, fill: Float,
                          rows: Int, columns: Int, masked: [Int]) -> Tensor {
        let (h, w) = (image.shape[1], image.shape[2])
        var copies: [Float] = []
        for r in 0..<rows {
            for t in 0..<columns {
                var copy = image.scalars
                for ch in masked {
                    for u in (r * step)..<(r * step + size) { for v in (t * step)..<(t * step + size) { copy[(ch * h + u) * w + v] = fill } }
                }
                copies += copy
            }
        }
        let p = softmax(network.scores(Tensor(shape: [rows * columns] + image.shape, scalars: copies)))
        return Tensor(shape: [rows, columns], scalars: (0..<(rows * columns)).map { p[$0, label] })
    }

    static let occlusionCases: [(image: [Int], size: Int, stride: Int, fill: Float, label: Int)] = [
        ([1, 6, 6], 2, 2, 0.5, 1), ([2, 5, 7], 3, 1, 0, 0), ([1, 4, 4], 4, 1, 0.25, 2),
    ]

    static func occlusionMap() throws {
        let part = Part(id: "12.1", function: "occlusionMap(_:label:maskSize:stride:fill:probabilities:)", file: file)
        for (index, problem) in occlusionCases.enumerated() {
            let image = uniform(problem.image, seed: UInt64(1210 + index))
            let network = linearNetwork(problem.image, classes: 3, seed: UInt64(1215 + index))
            let mask = OcclusionMask(size: problem.size, stride: problem.stride, fill: problem.fill)
            let map = try part.learner {
                LookingInsideExercise.occlusionMap(image, label: problem.label, maskSize: problem.size, stride: problem.stride,
                                                   fill: problem.fill) { softmax(network.scores($0)) }
            }
            if try part.isNotImplemented() { return }
            let (unmasked, expected) = network.occlusionMap(image, label: problem.label, mask: mask)
            let (p, q) = (expected.shape[0], expected.shape[1])
            let what = "the map for a \(problem.size) × \(problem.size) mask at stride \(problem.stride) on an image \(problem.image)"
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (unmasked - expected, "That is how far the probability falls (unmasked − masked); the map holds the masked probability itself"),
                (Tensor(shape: expected.shape, repeating: unmasked), "That is the unmasked image's probability everywhere: each copy needs the mask"),
            ]
            if p == q && p > 1 {
                mistakes.append((expected.transposed(), "Rows and columns are swapped: entry (r, t) has the mask's corner at row r·s, column t·s"))
            }
            if problem.image[0] > 1 {
                mistakes.append((maskedMap(network, image, label: problem.label, size: problem.size, step: problem.stride,
                                           fill: problem.fill, rows: p, columns: q, masked: [0]),
                                 "Only the first channel was masked: the square hides every channel"))
            }
            if problem.stride > 1 {
                mistakes.append((maskedMap(network, image, label: problem.label, size: problem.size, step: 1, fill: problem.fill,
                                           rows: p, columns: q, masked: Array(0..<problem.image[0])),
                                 "The mask moved one pixel per position: position r starts at r · stride"))
            }
            guard part.expectTensor(map, expected, what, mistakes: mistakes) else { return }
        }
    }

    /// conv 3 × 3 (1 → 2) → batch norm with running statistics of its own → ReLU → flatten → fc 18 → 3,
    /// built afresh for each use so that no earlier pass has moved its statistics.
    static func normalizedNetwork() -> Sequential {
        var generator = SeededGenerator(seed: 1220)
        let norm = BatchNorm(features: 2, name: "bn")
        norm.runningMean.value = Tensor([0.3, -0.2])
        norm.runningVariance.value = Tensor([2.0, 0.5])
        norm.scale.value = Tensor([1.5, 0.7])
        norm.shift.value = Tensor([0.2, 0.1])
        return Sequential([Conv2D(1, 2, kernelSize: 3, name: "conv", using: &generator), norm, ReLU(), Flatten(),
                           Linear(18, 3, name: "fc", using: &generator)])
    }

    static func scoreGradient() throws {
        let part = Part(id: "12.2", function: "scoreGradient(_:images:classes:)", file: file)
        let images = uniform([3, 1, 5, 5], seed: 1221)
        let classes = [2, 0, 1]
        let learnerNetwork = normalizedNetwork()
        let gradient = try part.learner { LookingInsideExercise.scoreGradient(learnerNetwork, images: images, classes: classes) }
        if try part.isNotImplemented() { return }
        let expected = normalizedNetwork().scoreGradient(images, classes: classes).gradient
        let labels = Tensor(classes.map(Float.init))
        func seeded(_ seed: (Tensor) -> Tensor, training: Bool = false) -> Tensor {
            let network = normalizedNetwork()
            network.setMode(training ? .training : .evaluation)
            let scores = network.forward(images)
            return network.backward(seed(scores))
        }
        let oneHot: (Tensor) -> Tensor = { scores in
            var seed = Tensor.zeros(scores.shape)
            for (i, c) in classes.enumerated() { seed[i, c] = 1 }
            return seed
        }
        let mistakes: [(answer: Tensor, explanation: String)] = [
            (normalizedNetwork().lossGradient(images, labels: labels).gradient * -1,
             "That is −∂L/∂x of the cross-entropy: the pass starts at the score itself, seed one-hot(c), not at the loss"),
            (normalizedNetwork().lossGradient(images, labels: labels).gradient,
             "That is ∂L/∂x of the cross-entropy (seed softmax − one-hot): the saliency starts at the score, seed one-hot(c)"),
            (normalizedNetwork().lossGradient(images, labels: labels).gradient / 3,
             "That is the mean cross-entropy's gradient: the saliency starts at the score, seed one-hot(c)"),
            (seeded({ scores in
                let p = softmax(scores)
                var seed = Tensor.zeros(scores.shape)
                for (i, c) in classes.enumerated() { for j in 0..<3 { seed[i, j] = p[i, c] * ((j == c ? 1 : 0) - p[i, j]) } }
                return seed
            }), "That is the gradient of the probability after the softmax; the saliency differentiates the score before it"),
            (seeded({ Tensor.ones($0.shape) }), "That is the gradient of the sum of all the scores: seed only each image's own class"),
            (seeded(oneHot, training: true),
             "That is the gradient in training mode, where batch normalisation uses the batch's statistics: run it in `network.evaluating { … }`"),
        ]
        part.expectTensor(gradient, expected, "∂s[i, cᵢ]/∂xᵢ for images [3, 1, 5, 5] through conv → batch norm → ReLU → fc",
                          mistakes: mistakes)
    }

    static func ascentStep() throws {
        let part = Part(id: "12.3", function: "ascentStep(_:gradient:learningRate:l2:range:)", file: file)
        let cases: [(range: ClosedRange<Float>, rate: Float, l2: Float)] = [(0...1, 0.1, 0.3), (-1...2, 0.5, 0.05)]
        for (index, problem) in cases.enumerated() {
            let image = uniform([2, 1, 3, 3], seed: UInt64(1230 + index), low: problem.range.lowerBound, high: problem.range.upperBound)
            var generator = SeededGenerator(seed: UInt64(1235 + index))
            let gradient = Tensor.normal(image.shape, standardDeviation: 5, using: &generator)
            let stepped = try part.learner {
                LookingInsideExercise.ascentStep(image, gradient: gradient, learningRate: problem.rate, l2: problem.l2, range: problem.range)
            }
            if try part.isNotImplemented() { return }
            let expected = regularizedAscentStep(image, gradient: gradient, learningRate: problem.rate, l2: problem.l2, range: problem.range)
            func clipped(_ x: Tensor, _ range: ClosedRange<Float> = problem.range) -> Tensor {
                x.map { Swift.min(Swift.max($0, range.lowerBound), range.upperBound) }
            }
            let (η, λ) = (problem.rate, problem.l2)
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (clipped(image - (gradient - image * (2 * λ)) * η), "That is a descent step: ascent adds η ∂J/∂x, to climb"),
                (clipped(image + (gradient - image * λ) * η), "The penalty's gradient is 2λx: the derivative of λ‖x‖² = λ Σ x² is 2λx, not λx"),
                (clipped(image + (gradient + image * (2 * λ)) * η), "The penalty was added: J = a − λ‖x‖², so its gradient subtracts 2λx"),
                (clipped(image + gradient * η), "The penalty is missing: ∂J/∂x = ∂a/∂x − 2λx"),
                (image + (gradient - image * (2 * λ)) * η, "The result is not held to the range: clip each pixel after the step"),
            ]
            if problem.range != 0...1 {
                mistakes.append((clipped(image + (gradient - image * (2 * λ)) * η, 0...1),
                                 "The result was held to [0, 1] instead of the range given"))
            }
            guard part.expectTensor(stepped, expected, "the step from images [2, 1, 3, 3] with η = \(η), λ = \(λ), range \(problem.range)",
                                    mistakes: mistakes) else { return }
        }
    }

    static func fastGradientSign() throws {
        let part = Part(id: "12.4", function: "fastGradientSign(_:lossGradient:epsilon:range:)", file: file)
        let cases: [(range: ClosedRange<Float>, epsilon: Float)] = [(0...1, 0.1), (-1...1, 0.3)]
        for (index, problem) in cases.enumerated() {
            var images = uniform([3, 1, 4, 4], seed: UInt64(1240 + index), low: problem.range.lowerBound, high: problem.range.upperBound)
            var generator = SeededGenerator(seed: UInt64(1245 + index))
            var gradient = Tensor.normal(images.shape, using: &generator)
            // Pixels at the range's ends, and pixels the loss does not depend on (a zero gradient).
            for k in stride(from: 0, to: images.count, by: 7) { images[flat: k] = problem.range.upperBound; gradient[flat: k] = 0.5 }
            for k in stride(from: 3, to: images.count, by: 7) { images[flat: k] = problem.range.lowerBound; gradient[flat: k] = -0.5 }
            for k in stride(from: 5, to: images.count, by: 6) { gradient[flat: k] = 0 }
            let attacked = try part.learner {
                LookingInsideExercise.fastGradientSign(images, lossGradient: gradient, epsilon: problem.epsilon, range: problem.range)
            }
            if try part.isNotImplemented() { return }
            let ε = problem.epsilon
            let expected = LookingInside.fastGradientSign(images, lossGradient: gradient, epsilon: ε, range: problem.range)
            func clipped(_ x: Tensor, _ range: ClosedRange<Float> = problem.range) -> Tensor {
                x.map { Swift.min(Swift.max($0, range.lowerBound), range.upperBound) }
            }
            let signs = gradient.map { $0 > 0 ? 1 : ($0 < 0 ? -1 : 0) }
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (clipped(images + gradient * ε), "That is ε · ∂L/∂x: the method steps by ε · sign(∂L/∂x), the same size for every pixel"),
                (clipped(images - signs * ε), "That step lowers the loss: the attack adds ε · sign(∂L/∂x), to raise it"),
                (images + signs * ε, "The result leaves the range: clip it after adding the step (clipping the image before does nothing)"),
                (clipped(images + sign(gradient) * ε),
                 "A pixel whose gradient is 0 moved: sign(0) is 0 (the Tensors' `sign` function gives +1 for 0)"),
            ]
            if problem.range != 0...1 {
                mistakes.append((clipped(images + signs * ε, 0...1), "The result was held to [0, 1] instead of the range given"))
            }
            guard part.expectTensor(attacked, expected, "the attacked images [3, 1, 4, 4] with ε = \(ε), range \(problem.range)",
                                    mistakes: mistakes) else { return }
        }
    }

    /// Features [n, d] with unequal spreads along d directions, so that every component is defined.
    static func features(_ n: Int, _ d: Int, seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        let spreads = Tensor((0..<d).map { Float(d - $0) })
        let mixing = Tensor.normal([d, d], using: &generator)
        return matmul(Tensor.normal([n, d], using: &generator) * spreads, mixing) + Tensor.normal([d], mean: 3, using: &generator)
    }

    /// `projection` with each column's sign turned to agree with `reference`'s: an eigenvector's sign is arbitrary.
    static func signsAligned(_ projection: Tensor, to reference: Tensor) -> Tensor {
        guard projection.shape == reference.shape, projection.rank == 2 else { return projection }
        let (n, k) = (projection.shape[0], projection.shape[1])
        var aligned = projection
        for j in 0..<k where (0..<n).reduce(Float(0), { $0 + projection[$1, j] * reference[$1, j] }) < 0 {
            for i in 0..<n { aligned[i, j] = -projection[i, j] }
        }
        return aligned
    }

    static func principalProjection() throws {
        let part = Part(id: "12.5", function: "principalProjection(_:count:symmetricEigen:)", file: file)
        for (index, (n, d, count)) in [(40, 5, 2), (30, 4, 1), (25, 3, 3)].enumerated() {
            let x = features(n, d, seed: UInt64(1250 + index))
            let z = try part.learner { LookingInsideExercise.principalProjection(x, count: count, symmetricEigen: symmetricEigen) }
            if try part.isNotImplemented() { return }
            let expected = PrincipalComponents(fitting: x, count: count).project(x)
            let mean = x.mean(alongAxis: 0), centred = x - mean
            let vectors = symmetricEigen(matmul(centred.transposed(), centred) / Float(n - 1)).vectors
            let largest = Array((d - count..<d).reversed())
            let uncentredVectors = symmetricEigen(matmul(x.transposed(), x) / Float(n - 1)).vectors
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (matmul(centred, vectors.rows(Array(0..<count)).transposed()),
                 "Those are the components of the smallest variance: symmetricEigen sorts ascending, so the largest are its last rows"),
                (matmul(x, vectors.rows(largest).transposed()), "The features were not centred before projecting: subtract their mean μ"),
                (matmul(centred, uncentredVectors.rows(largest).transposed()),
                 "The covariance was computed without centring: C = (X − μ)ᵀ(X − μ) / (n − 1)"),
                (matmul(centred, vectors.transposed().rows(largest).transposed()),
                 "Those are the columns of `vectors`: symmetricEigen returns each eigenvector as a row"),
            ]
            if count > 1 {
                mistakes.append((matmul(centred, vectors.rows(Array(d - count..<d)).transposed()),
                                 "The components are in ascending order: the first column belongs to the largest variance"))
            }
            mistakes = mistakes.map { (signsAligned($0.answer, to: expected), $0.explanation) }
            guard part.expectTensor(signsAligned(z, to: expected), expected, "the projection of features [\(n), \(d)] on \(count) component\(count == 1 ? "" : "s")",
                                    mistakes: mistakes) else { return }
        }
    }
}
