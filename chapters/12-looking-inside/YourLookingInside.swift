// `--mine`: chapter 12 with your exercise 12 code. Your occlusion map (12.1) draws section 1,
// your saliency (12.2) draws section 2 and climbs section 3's class scores with your ascent step
// (12.3), your fast gradient sign method (12.4) attacks section 4's images, and your projection
// (12.5) draws section 5. The rest is the engine's, so correct code gives the engine's figures.
import ExerciseSupport
import LookingInside
import LookingInsideExercises

/// The tools the demo calls: the engine's, or with `mine` the ones running your code.
struct LookingInsideParts {
    let mine: Bool

    /// The exercise parts `mine` runs.
    static let yours = YourParts(exercise: 12, parts: [("12.1", "an occlusion map"),
                                                       ("12.2", "the saliency"),
                                                       ("12.3", "a regularised ascent step"),
                                                       ("12.4", "the fast gradient sign method"),
                                                       ("12.5", "projection on the principal components")],
                                 file: "exercises/12-looking-inside/LookingInsideExercise.swift")

    /// Stops before any work when one of the parts is still a stub, naming it.
    func requireImplemented() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter12") {
            let image = Tensor(shape: [1, 2, 2], scalars: [0.1, 0.2, 0.3, 0.4])
            let network = Sequential([Flatten(), Linear(weight: .ones([4, 2]), bias: .zeros([2]))])
            _ = LookingInsideExercise.occlusionMap(image, label: 0, maskSize: 1, stride: 1, fill: 0) { softmax(network.scores($0)) }
            _ = LookingInsideExercise.scoreGradient(network, images: image.reshaped([1, 1, 2, 2]), classes: [0])
            _ = LookingInsideExercise.ascentStep(image, gradient: image, learningRate: 0.1, l2: 0.1, range: 0...1)
            _ = LookingInsideExercise.fastGradientSign(image, lossGradient: image, epsilon: 0.1, range: 0...1)
            _ = LookingInsideExercise.principalProjection(image.reshaped([2, 2]), count: 1, symmetricEigen: symmetricEigen)
        }
    }

    /// The line that says whose code runs.
    var announcement: String { Self.yours.announcement }

    /// The probability of `label` for `image` [c, h, w] with `mask` at each position.
    func occlusionMap(_ network: Sequential, _ image: Tensor, label: Int, mask: OcclusionMask) -> Tensor {
        guard mine else { return network.occlusionMap(image, label: label, mask: mask).map }
        return LookingInsideExercise.occlusionMap(image, label: label, maskSize: mask.size, stride: mask.stride, fill: mask.fill) {
            softmax(network.scores($0, batchSize: 256))
        }
    }

    /// ∂s[i, classes[i]]/∂xᵢ for each image.
    func scoreGradient(_ network: Sequential, _ images: Tensor, classes: [Int]) -> Tensor {
        mine ? LookingInsideExercise.scoreGradient(network, images: images, classes: classes)
             : network.scoreGradient(images, classes: classes).gradient
    }

    /// SmoothGrad: the mean saliency of `samples` noisy copies of `image` [c, h, w], the engine's
    /// noise through your saliency.
    func smoothGrad(_ network: Sequential, _ image: Tensor, label: Int, samples: Int, noise: Float,
                    using generator: inout SeededGenerator) -> Tensor {
        network.smoothGrad(image, label: label, samples: samples, noise: noise, using: &generator,
                           saliency: mine ? { LookingInsideExercise.scoreGradient(network, images: $0, classes: $1) } : nil)
    }

    /// One regularised ascent step.
    func ascentStep(_ images: Tensor, gradient: Tensor, learningRate: Float, l2: Float, range: ClosedRange<Float>) -> Tensor {
        mine ? LookingInsideExercise.ascentStep(images, gradient: gradient, learningRate: learningRate, l2: l2, range: range)
             : regularizedAscentStep(images, gradient: gradient, learningRate: learningRate, l2: l2, range: range)
    }

    /// The fast gradient sign method.
    func fastGradientSign(_ images: Tensor, lossGradient: Tensor, epsilon: Float, range: ClosedRange<Float>) -> Tensor {
        mine ? LookingInsideExercise.fastGradientSign(images, lossGradient: lossGradient, epsilon: epsilon, range: range)
             : LookingInside.fastGradientSign(images, lossGradient: lossGradient, epsilon: epsilon, range: range)
    }

    /// The coordinates of `features` [n, d] on their first two principal components.
    func principalProjection(_ features: Tensor) -> Tensor {
        mine ? LookingInsideExercise.principalProjection(features, count: 2, symmetricEigen: symmetricEigen)
             : PrincipalComponents(fitting: features, count: 2).project(features)
    }
}
