import Foundation
import LearningWithoutLabels
import LearningWithoutLabelsExercises
import Testing

@Suite("Exercise 13: learning without labels")
struct Exercise13 {
    @Test("13.1 the reconstruction loss on pixels") func binaryCrossEntropy() async { await checkPart("13.1") }
    @Test("13.2 the transposed convolution") func transposedConvolution() async { await checkPart("13.2") }
    @Test("13.3 upsampling's backward pass") func upsampleBackward() async { await checkPart("13.3") }
    @Test("13.4 the recommender's gradients") func recommenderGradients() async { await checkPart("13.4") }
    @Test("13.5 drawing negatives") func sampleNegatives() async { await checkPart("13.5") }
}

/// The checks of exercise 13, run in a child process by `checkPart`. Expected values come from
/// chapter 13's engine (binaryCrossEntropyReconstruction, TransposedConv2D, Upsample2D,
/// DotProductModel), whose own tests hold them to hand-worked values, central differences and
/// chapter 06's convolution.
enum LearningWithoutLabelsChecks {
    static let file = "exercises/13-learning-without-labels/LearningWithoutLabelsExercise.swift"

    static func normal(_ shape: [Int], seed: UInt64, deviation: Float = 1) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, standardDeviation: deviation, using: &generator)
    }

    static func binaryCrossEntropy() throws {
        let part = Part(id: "13.1", function: "binaryCrossEntropy(logits:targets:)", file: file)
        var generator = SeededGenerator(seed: 1310)
        let cases: [Tensor] = [Tensor.normal([2, 3, 2], standardDeviation: 3, using: &generator), Tensor([[100, -100, 0.5], [-30, 40, 0]])]
        for (index, logits) in cases.enumerated() {
            let targets = Tensor.uniform(logits.shape, using: &generator)
            let (loss, gradient) = try part.learner { LearningWithoutLabelsExercise.binaryCrossEntropy(logits: logits, targets: targets) }
            if try part.isNotImplemented() { return }
            let expected = binaryCrossEntropyReconstruction(logits: logits, targets)
            let (m, n) = (Float(logits.count), Float(logits.shape[0]))
            let what = "for logits \(logits.shape)" + (index == 1 ? " as large as ±100" : "")
            if !loss.isFinite {
                part.fail("the loss \(what) is \(loss): log σ(z) overflows for large |z| (σ(−100) rounds to 0); write −log σ(z) as softplus(−z)")
                return
            }
            guard part.expectNumber(loss, expected.loss, "the loss \(what)", tolerance: 1e-4, mistakes: [
                (expected.loss * m / n, "That is the sum over each image's pixels, averaged over the images: L is the mean over all m pixels"),
                (expected.loss * m, "That is the sum: L is the mean over all m pixels of the batch"),
            ]) else { return }
            guard part.expectTensor(gradient, expected.gradient, "∂L/∂z \(what)", mistakes: [
                (expected.gradient * m, "The gradient is not divided by m: L is a mean, so each logit's share is (σ(z) − x)/m"),
                (expected.gradient * -1, "The sign is flipped: ∂L/∂z = (σ(z) − x)/m, positive where the reconstruction is too bright"),
                ((sigmoid(logits) - targets) * sigmoid(logits).map { $0 * (1 - $0) } / m,
                 "That is the squared error's gradient through σ: with the cross-entropy, σ′(z) cancels and (σ(z) − x)/m is left"),
            ]) else { return }
        }
    }

    static let convolutionCases: [(images: [Int], weight: [Int], stride: Int, padding: Int)] = [
        ([1, 3, 3, 4], [3, 3, 4, 4], 2, 1), ([2, 2, 3, 3], [2, 3, 3, 3], 1, 0), ([2, 1, 2, 2], [1, 2, 3, 3], 2, 0),
    ]

    static func transposedConvolution() throws {
        let part = Part(id: "13.2", function: "transposedConvolution(_:weight:bias:stride:padding:)", file: file)
        for (index, problem) in convolutionCases.enumerated() {
            let x = normal(problem.images, seed: UInt64(1320 + index)), weight = normal(problem.weight, seed: UInt64(1325 + index))
            let bias = normal([problem.weight[1]], seed: UInt64(1328 + index))
            let y = try part.learner {
                LearningWithoutLabelsExercise.transposedConvolution(x, weight: weight, bias: bias, stride: problem.stride, padding: problem.padding)
            }
            if try part.isNotImplemented() { return }
            func engine(_ weight: Tensor, _ bias: Tensor, padding: Int) -> Tensor {
                TransposedConv2D(weight: weight, bias: bias, stride: problem.stride, padding: padding).forward(x)
            }
            let expected = engine(weight, bias, padding: problem.padding)
            let (k, kh, kw) = (problem.weight[1], problem.weight[2], problem.weight[3])
            var mistakes: [(answer: Tensor, explanation: String)] = [
                (engine(weight, .zeros([k]), padding: problem.padding), "The bias b[o] is missing from every output"),
                (engine(Tensor(shape: weight.shape, scalars: (0..<weight.count).map { t in
                    let (v, u, rest) = (t % kw, (t / kw) % kh, t / (kh * kw))
                    return weight[flat: (rest * kh + kh - 1 - u) * kw + kw - 1 - v]
                }), bias, padding: problem.padding), "The kernel is turned half round: input (i, j) writes W[u, v] at (i·s + u − p, j·s + v − p)"),
            ]
            if problem.padding > 0 {
                let unpadded = engine(weight, bias, padding: 0)
                let (oh, ow) = (expected.shape[2], expected.shape[3])
                mistakes.append((Tensor(shape: expected.shape, scalars: (0..<expected.count).map { t in
                    let (q, r, plane) = (t % ow, (t / ow) % oh, t / (oh * ow))
                    return unpadded[flat: (plane * unpadded.shape[2] + r) * unpadded.shape[3] + q]
                }), "The padding is not subtracted: input (i, j) writes at (i·s + u − p, j·s + v − p), and what falls outside is dropped"))
            }
            if problem.weight[0] == k {
                let c = k
                mistakes.append((engine(Tensor(shape: weight.shape, scalars: (0..<weight.count).map { t in
                    let (tap, o, ch) = (t % (kh * kw), (t / (kh * kw)) % k, t / (k * kh * kw))
                    return weight[flat: (o * c + ch) * kh * kw + tap]
                }), bias, padding: problem.padding), "The kernel is read as [out, in, kh, kw]: here it is [in, out, kh, kw], W[ch, o, u, v]"))
            }
            guard part.expectTensor(y, expected, "the output for images \(problem.images), a kernel \(problem.weight), stride "
                                    + "\(problem.stride), padding \(problem.padding)", mistakes: mistakes) else { return }
        }
    }

    static func upsampleBackward() throws {
        let part = Part(id: "13.3", function: "upsampleBackward(_:factor:)", file: file)
        for (index, (shape, factor)) in [([2, 3, 2, 3], 2), ([1, 2, 3, 2], 3), ([1, 1, 2, 2], 1)].enumerated() {
            let dy = normal([shape[0], shape[1], shape[2] * factor, shape[3] * factor], seed: UInt64(1330 + index))
            let dx = try part.learner { LearningWithoutLabelsExercise.upsampleBackward(dy, factor: factor) }
            if try part.isNotImplemented() { return }
            let layer = Upsample2D(factor: factor)
            _ = layer.forward(.zeros(shape))
            let expected = layer.backward(dy)
            var mistakes: [(answer: Tensor, explanation: String)] = []
            if factor > 1 {
                mistakes.append((expected / Float(factor * factor), "That is each block's mean: every copy's gradient adds, so it is the sum"))
                mistakes.append((Tensor(shape: shape, scalars: (0..<expected.count).map { t in
                    let (v, u, plane) = (t % shape[3], (t / shape[3]) % shape[2], t / (shape[2] * shape[3]))
                    return dy[flat: (plane * shape[2] * factor + u * factor) * shape[3] * factor + v * factor]
                }), "That is the top-left copy's gradient alone: the pixel was copied into all f × f places, and each sends its gradient back"))
            }
            guard part.expectTensor(dx, expected, "∂L/∂x for an upsampling by \(factor) of images \(shape)", mistakes: mistakes) else { return }
        }
    }

    static func recommenderGradients() throws {
        let part = Part(id: "13.4", function: "recommenderGradients(userTable:itemTable:userBias:itemBias:users:items:labels:)", file: file)
        var generator = SeededGenerator(seed: 1340)
        let model = DotProductModel(users: 4, items: 5, dimension: 3, using: &generator)
        model.users.value = Tensor.normal([4, 3], using: &generator)
        model.items.value = Tensor.normal([5, 3], using: &generator)
        model.userBias.value = Tensor.normal([4], standardDeviation: 0.5, using: &generator)
        model.itemBias.value = Tensor.normal([5], standardDeviation: 0.5, using: &generator)
        // User 1 and item 2 appear in several pairs; user 3 and item 4 in none.
        let (users, items, labels): ([Int], [Int], [Float]) = ([1, 0, 1, 2, 1, 0], [2, 2, 0, 1, 3, 2], [1, 0, 1, 0, 0, 1])
        let (U, V, bu, bv) = (model.users.value, model.items.value, model.userBias.value, model.itemBias.value)
        let gradients = try part.learner { () -> [Tensor] in
            let g = LearningWithoutLabelsExercise.recommenderGradients(userTable: U, itemTable: V, userBias: bu, itemBias: bv,
                                                                        users: users, items: items, labels: labels)
            return [g.userTable, g.itemTable, g.userBias, g.itemBias]
        }
        if try part.isNotImplemented() { return }
        model.lossAndGradients(users: users, items: items, labels: labels)
        let expected = [model.users.gradient, model.items.gradient, model.userBias.gradient, model.itemBias.gradient]
        // The same sums with a wrong piece, for the named mistakes.
        func variant(overwrite: Bool = false, partnerSelf: Bool = false, sign: Float = 1) -> [Tensor] {
            var (dU, dV, dbu, dbv) = (Tensor.zeros(U.shape), Tensor.zeros(V.shape), Tensor.zeros(bu.shape), Tensor.zeros(bv.shape))
            let s = model.scores(users: users, items: items)
            for i in 0..<labels.count {
                let g = sign * (sigmoid(s[i]) - labels[i]) / Float(labels.count)
                for j in 0..<3 {
                    let (du, dv) = (g * (partnerSelf ? U[users[i], j] : V[items[i], j]), g * (partnerSelf ? V[items[i], j] : U[users[i], j]))
                    dU[users[i], j] = (overwrite ? 0 : dU[users[i], j]) + du
                    dV[items[i], j] = (overwrite ? 0 : dV[items[i], j]) + dv
                }
                dbu[users[i]] = (overwrite ? 0 : dbu[users[i]]) + g
                dbv[items[i]] = (overwrite ? 0 : dbv[items[i]]) + g
            }
            return [dU, dV, dbu, dbv]
        }
        let names = ["∂L/∂U", "∂L/∂V", "∂L/∂bu", "∂L/∂bv"]
        let wrong = [(variant(overwrite: true), "A user or item in several pairs kept only its last pair's term: the terms add (+=)"),
                     (variant(partnerSelf: true), "∂s/∂U[u] is the item's vector V[v], and ∂s/∂V[v] the user's U[u]: each row's gradient uses its partner"),
                     (variant(sign: -1), "The sign is flipped: ∂L/∂s = (σ(s) − y)/m"),
                     (expected.map { $0 * Float(labels.count) }, "Not divided by m: L is the mean over the m pairs")]
        for (index, name) in names.enumerated() {
            guard gradients.count == 4 else { part.fail("expected four gradients, got \(gradients.count)"); return }
            guard part.expectTensor(gradients[index], expected[index], "\(name) for 6 pairs of 4 users and 5 items",
                                    mistakes: wrong.map { ($0.0[index], $0.1) }) else { return }
        }
    }

    static func sampleNegatives() throws {
        let part = Part(id: "13.5", function: "sampleNegatives(count:items:chosen:using:)", file: file)
        let (items, chosen, count) = (10, Set([3, 4, 7]), 14_000)
        let (first, again, other) = try part.learner { () -> ([Int], [Int], [Int]) in
            var a = SeededGenerator(seed: 1350), b = SeededGenerator(seed: 1350), c = SeededGenerator(seed: 1351)
            return (LearningWithoutLabelsExercise.sampleNegatives(count: count, items: items, chosen: chosen, using: &a),
                    LearningWithoutLabelsExercise.sampleNegatives(count: count, items: items, chosen: chosen, using: &b),
                    LearningWithoutLabelsExercise.sampleNegatives(count: 3, items: items, chosen: chosen, using: &c))
        }
        if try part.isNotImplemented() { return }
        guard first.count == count && other.count == 3 else {
            part.fail("asked for \(count) and 3 negatives, got \(first.count) and \(other.count): draw exactly `count`, with replacement")
            return
        }
        if let outside = first.first(where: { $0 < 0 || $0 >= items }) {
            part.fail("drew item \(outside), outside 0..<\(items)" + (outside == items ? ": the items are 0..<items, not 1...items" : ""))
            return
        }
        if let taken = first.first(where: { chosen.contains($0) }) {
            part.fail("drew item \(taken), which the user chose: a negative is an item the user has not chosen")
            return
        }
        guard first == again else {
            part.fail("the same seed drew different items: draw every random number from `generator`, so that a run repeats")
            return
        }
        // Each of the 7 items not chosen should come up about 2,000 times; 4 standard deviations is about ±160.
        let candidates = (0..<items).filter { !chosen.contains($0) }
        for item in candidates {
            let times = first.filter { $0 == item }.count
            guard abs(times - count / candidates.count) < 250 else {
                part.fail("item \(item) came up \(times) times in \(count) draws, expected about \(count / candidates.count): each item not "
                          + "chosen should be equally likely" + (times == 0 ? " (is it left out of the range?)" : ""))
                return
            }
        }
    }
}
