import Foundation
import Regularization
import Testing

/// The readable BatchNorm (BatchNorm.swift) against its fast path (BatchNorm+FastPath.swift):
/// two layers with the same parameters and running statistics, one on each path, given the same
/// input and output gradient, must agree to float rounding in everything they compute and keep.
@Suite("BatchNorm: the fast path gives the readable reference's numbers")
struct BatchNormFastPathTests {
    static func normal(_ shape: [Int], seed: UInt64, mean: Float = 0, deviation: Float = 1) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, mean: mean, standardDeviation: deviation, using: &generator)
    }

    static func expectClose(_ got: Tensor, _ expected: Tensor, _ what: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
        expectSameNumbers(got, expected, what, sourceLocation: sourceLocation)
    }

    /// Two layers alike in everything but the path they take: γ (one of them negative, so that
    /// a pooled window's winner is its smallest input), β, and running statistics away from
    /// their starting values.
    static func pair(features: Int, relu: Bool, pooled: Bool, seed: UInt64) -> (fast: BatchNorm, reference: BatchNorm) {
        let layers = (0..<2).map { _ in BatchNorm(features: features, momentum: 0.3, followedByReLU: relu, maxPooled: pooled) }
        for layer in layers {
            layer.scale.value = Tensor(shape: [features], scalars: (0..<features).map { $0 == 1 ? -0.7 : 0.5 + 0.2 * Float($0) })
            layer.shift.value = normal([features], seed: seed, deviation: 0.5)
            layer.runningMean.value = normal([features], seed: seed + 1, deviation: 0.5)
            layer.runningVariance.value = normal([features], seed: seed + 2).map { 0.5 + abs($0) }
        }
        layers[0].usesFastPath = true
        layers[1].usesFastPath = false
        return (layers[0], layers[1])
    }

    static let cases: [(shape: [Int], relu: Bool, pooled: Bool)] = [
        ([5, 7], false, false), ([5, 7], true, false), ([9, 3], true, false),
        ([3, 5, 7, 9], false, false), ([3, 5, 7, 9], true, false),
        ([3, 5, 7, 9], false, true), ([3, 5, 7, 9], true, true), ([2, 3, 6, 10], true, true),
    ]

    @Test("forward, backward, parameter gradients and running statistics agree, in training and evaluation",
          arguments: cases.indices, [Mode.training, .evaluation])
    func bothPathsAgree(_ index: Int, mode: Mode) {
        let (shape, relu, pooled) = Self.cases[index]
        let what = "\(shape)\(relu ? " + ReLU" : "")\(pooled ? " + pooling" : ""), \(mode)"
        let (fast, reference) = Self.pair(features: shape[1], relu: relu, pooled: pooled, seed: 900 + UInt64(index))
        for layer in [fast, reference] { layer.setMode(mode) }
        // Two passes: the second forward starts from the running statistics the first one left.
        for pass in 0..<2 {
            let x = Self.normal(shape, seed: 910 + UInt64(pass), mean: 1.5, deviation: 2)
            let y = fast.forward(x)
            Self.expectClose(reference.forward(x), y, "y, \(what), pass \(pass)")
            Self.expectClose(reference.runningMean.value, fast.runningMean.value, "running mean, \(what), pass \(pass)")
            Self.expectClose(reference.runningVariance.value, fast.runningVariance.value,
                             "running variance, \(what), pass \(pass)")
            let dy = Self.normal(y.shape, seed: 920 + UInt64(pass))
            Self.expectClose(reference.backward(dy), fast.backward(dy), "∂L/∂x, \(what), pass \(pass)")
            Self.expectClose(reference.scale.gradient, fast.scale.gradient, "∂L/∂γ, \(what), pass \(pass)")
            Self.expectClose(reference.shift.gradient, fast.shift.gradient, "∂L/∂β, \(what), pass \(pass)")
            for layer in [fast, reference] { layer.parameters.zeroGradients() }
            fast.backwardParametersOnly(dy)
            reference.backwardParametersOnly(dy)
            Self.expectClose(reference.scale.gradient, fast.scale.gradient, "∂L/∂γ parameters only, \(what), pass \(pass)")
            Self.expectClose(reference.shift.gradient, fast.shift.gradient, "∂L/∂β parameters only, \(what), pass \(pass)")
        }
        if mode == .evaluation {
            #expect(fast.runningMean.value == reference.runningMean.value, "evaluation leaves the statistics alone")
        }
    }

    @Test("the readable path stops on a batch of one value per feature in training, as the fast path does")
    func batchOfOne() async throws {
        let stop = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            let norm = BatchNorm(features: 3, name: "bn1")
            norm.usesFastPath = false
            _ = norm.forward(.zeros([1, 3]))
        })
        let message = String(decoding: stop.standardErrorContent, as: UTF8.self)
        #expect(message.contains("BatchNorm bn1 (3)") && message.contains("[1, 3]") && message.contains("every variance would be zero"))
    }
}

/// Records an issue unless `got` has `expected`'s shape and every entry is within 1e-5 of it,
/// relative to max(|expected|, 1): a readable path against its fast path, `expected`.
func expectSameNumbers(_ got: Tensor, _ expected: Tensor, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard got.shape == expected.shape else {
        Issue.record("\(what): shape \(got.shape), expected \(expected.shape)", sourceLocation: sourceLocation)
        return
    }
    var worst = (error: Float(0), index: 0)
    for k in 0..<got.count {
        let error = abs(got[flat: k] - expected[flat: k]) / max(abs(expected[flat: k]), 1)
        if !(error <= worst.error) { worst = (error, k) }        // a NaN counts as the worst
    }
    guard !(worst.error <= 1e-5) else { return }
    let message = "\(what): entry \(worst.index) is \(got[flat: worst.index]), the fast path's \(expected[flat: worst.index]) "
        + "(relative error \(worst.error))"
    Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
}
