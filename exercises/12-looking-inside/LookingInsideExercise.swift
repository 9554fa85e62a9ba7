// Your file to complete: generated from solutions/12-looking-inside/LookingInsideExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 12.1, 12.2, 12.3, 12.4, 12.5.

// Exercise 12: looking inside a trained network. An occlusion map, the saliency (the gradient of
// a class score with respect to the pixels), one step of regularised gradient ascent on an image,
// the fast gradient sign method, and the projection of features on their principal components.
// Notes: chapters/12-looking-inside/README.md. Tests: Tests/ExerciseTests/Exercise12Tests.swift.
// Check your work with `swift run course check 12` (or `swift test --filter 'Exercise12$'`).
//
// Images are NCHW, [n, c, h, w], pixels in [0, 1]. This file sees the engine of chapters 01-11,
// not chapter 12's tools.
import DeeperNetworks
import ExerciseSupport

/// The functions of exercise 12, each a part to implement.
public enum LookingInsideExercise {
    /// The probability of class `label` for `image` [c, h, w] with a square of `maskSize` × `maskSize`
    /// pixels set to `fill`, its top-left corner at (r·stride, t·stride) for each row r and column t
    /// of positions that fit; `probabilities` maps images [m, c, h, w] to class probabilities [m, k].
    public static func occlusionMap(_ image: Tensor, label: Int, maskSize: Int, stride: Int, fill: Float,
                                    probabilities: (Tensor) -> Tensor) -> Tensor {
        // EXERCISE 12.1: an occlusion map
        // Formula: map[r, t] = P(label | x with x[·, r·s ..< r·s + m, t·s ..< t·s + m] = fill),
        //   for r < (h − m) / s + 1 and t < (w − m) / s + 1
        // Shapes: image [c, h, w] → map [(h − m) / s + 1, (w − m) / s + 1]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("12.1", placeholder: Tensor.zeros([(image.shape[1] - maskSize) / stride + 1, (image.shape[2] - maskSize) / stride + 1]))
    }

    /// For each image i of `images` [n, …], ∂s[i, classes[i]]/∂xᵢ: the gradient of the score (the
    /// logit, before the softmax) of its class `classes[i]` with respect to its pixels, through
    /// `network`, measured as the network is measured, in evaluation mode.
    public static func scoreGradient(_ network: Sequential, images: Tensor, classes: [Int]) -> Tensor {
        // EXERCISE 12.2: the saliency, a class score's gradient with respect to the input
        // Formula: ∂s[i, cᵢ]/∂x = backward of the network from ∂s[i, cᵢ]/∂s, the one-hot row of cᵢ
        // Shapes: images [n, …], scores [n, k], seed [n, k] → gradient [n, …] (images' shape)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("12.2", placeholder: Tensor.zeros(images.shape))
    }

    /// One step of gradient ascent on J(x) = a(x) − λ‖x‖² from `image`, where `gradient` is ∂a/∂x
    /// at `image`, with learning rate η; each pixel of the result is then held to `range`.
    public static func ascentStep(_ image: Tensor, gradient: Tensor, learningRate: Float, l2: Float,
                                  range: ClosedRange<Float>) -> Tensor {
        // EXERCISE 12.3: one step of regularised gradient ascent
        // Formula: J(x) = a(x) − λ‖x‖²;  x ← clip(x + η ∂J/∂x, range)
        // Shapes: image and gradient [n, c, h, w] → [n, c, h, w]
        // Derive ∂J/∂x yourself first; section 4 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("12.3", placeholder: image)
    }

    /// The fast gradient sign method: each pixel of `images` moved by `epsilon` in the direction
    /// that raises the loss, `lossGradient` = ∂L/∂x, the result held to `range`.
    public static func fastGradientSign(_ images: Tensor, lossGradient: Tensor, epsilon: Float,
                                        range: ClosedRange<Float>) -> Tensor {
        // EXERCISE 12.4: the fast gradient sign method
        // Formula: x' = clip(x + ε · sign(∂L/∂x), range), with sign(0) = 0
        // Shapes: images and lossGradient [n, …] → [n, …]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("12.4", placeholder: images)
    }

    /// The coordinates of `features` [n, d] along their first `count` principal components, the
    /// unit eigenvectors of their covariance matrix with the largest eigenvalues, largest first.
    /// `symmetricEigen` returns a symmetric matrix's eigenvalues in ascending order and its unit
    /// eigenvectors as the rows of a [d, d] tensor, in the same order.
    public static func principalProjection(_ features: Tensor, count: Int,
                                           symmetricEigen: (Tensor) -> (values: [Float], vectors: Tensor)) -> Tensor {
        // EXERCISE 12.5: projection on the principal components
        // Formula: μ = (1/n) Σᵢ xᵢ;  C = (X − μ)ᵀ (X − μ) / (n − 1);  z = (X − μ) Vᵀ, V's rows the
        //   eigenvectors of C with the `count` largest eigenvalues, largest first
        // Shapes: features [n, d] → C [d, d] → V [count, d] → z [n, count]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("12.5", placeholder: Tensor.zeros([features.shape[0], count]))
    }
}
