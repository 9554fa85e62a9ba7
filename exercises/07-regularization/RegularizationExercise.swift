// Your file to complete: generated from solutions/07-regularization/RegularizationExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 7.1, 7.2, 7.3, 7.4, 7.5, 7.6.

// Exercise 7: dropout and batch normalisation, forward and backward, the gradient of weight
// decay, and a random shift of images.
// Notes: chapters/07-regularization/README.md. Tests: Tests/ExerciseTests/Exercise7Tests.swift.
// Check your work with `swift test --filter 'Exercise7$'`.
//
// Shapes: dropout takes a tensor of any shape, and its uniforms and mask have that shape too.
// Batch normalisation takes x [n, d], n examples of d features, with scale γ, shift β and the
// running mean and variance [d], one number per feature. Images are [n, c, h, w] (NCHW).
// `mode` is `.training` or `.evaluation` (chapter 04). `chapter07 --mine` trains with parts
// 7.1 to 7.4 on every batch: read `x.scalars` into an array once, fill a [Float] and return
// `Tensor(shape:scalars:)`; `x[i, j]` builds an index array per call, which a debug build
// makes a hundred times slower.
// This file sees the engine of chapters 01-06, not chapter 07's layers: they are yours to write.
import ConvolutionalNetworks
import ExerciseSupport

/// The functions of exercise 7, each a part to implement.
public enum RegularizationExercise {
    /// Inverted dropout: in training, each input kept with probability q = 1 − rate and divided
    /// by q, or set to zero; in evaluation, the identity. Also returns the mask it multiplied by.
    public static func dropout(input: Tensor, rate: Float, uniforms: Tensor, mode: Mode) -> (output: Tensor, mask: Tensor) {
        // EXERCISE 7.1: inverted dropout
        // Formula: training, with q = 1 − rate: m_i = 1/q where uniforms[i] < q, else 0; y = x ⊙ m.
        //   evaluation: y = x, and m = 1 everywhere
        // Shapes: input [any], uniforms the input's shape (one uniform draw from [0, 1) per input)
        //   → (output, mask), both the input's shape
        // Your code goes here, in place of the placeholder below.
        return notImplemented("7.1", placeholder: (input, Tensor.zeros(input.shape)))
    }

    /// The backward pass of `dropout`, given ∂L/∂y and the mask the forward pass used.
    public static func dropoutBackward(outputGradient: Tensor, mask: Tensor) -> Tensor {
        // EXERCISE 7.2: dropout backward
        // Formula: y = x ⊙ m (part 7.1), so ∂L/∂x = ∂L/∂y ⊙ m
        // Shapes: outputGradient and mask the same shape → that shape
        // Your code goes here, in place of the placeholder below.
        return notImplemented("7.2", placeholder: Tensor.zeros(outputGradient.shape))
    }

    /// Batch normalisation of each feature (column) of x [n, d]: the output and the running
    /// statistics after this batch.
    public static func batchNormForward(input: Tensor, scale: Tensor, shift: Tensor, runningMean: Tensor,
                                        runningVariance: Tensor, momentum: Float, epsilon: Float,
                                        mode: Mode) -> (output: Tensor, runningMean: Tensor, runningVariance: Tensor) {
        // EXERCISE 7.3: batch normalisation forward
        // Formula: training, for each feature j over the n rows: μ = (1/n) Σᵢ xᵢ, σ² = (1/n) Σᵢ (xᵢ − μ)²,
        //   x̂ = (x − μ)/√(σ² + ε), y = γ x̂ + β; then the running statistics move towards the batch's:
        //   r_μ ← (1 − momentum) r_μ + momentum · μ,  r_σ² ← (1 − momentum) r_σ² + momentum · n/(n − 1) · σ².
        //   evaluation: x̂ and y with r_μ and r_σ² in place of μ and σ², the running statistics returned unchanged
        // Shapes: input [n, d], scale γ [d], shift β [d], runningMean [d], runningVariance [d]
        //   → (output [n, d], runningMean [d], runningVariance [d])
        // Your code goes here, in place of the placeholder below.
        return notImplemented("7.3", placeholder: (input, runningMean, runningVariance))
    }

    /// The backward pass of `batchNormForward` in training mode: the gradients with respect to
    /// the input, the scale γ and the shift β, given dy = ∂L/∂y.
    public static func batchNormBackward(outputGradient: Tensor, input: Tensor, scale: Tensor,
                                         epsilon: Float) -> (input: Tensor, scale: Tensor, shift: Tensor) {
        // EXERCISE 7.4: batch normalisation backward
        // Formula: the training forward pass of part 7.3, for each feature over the n rows:
        //   μ = (1/n) Σᵢ xᵢ, σ² = (1/n) Σᵢ (xᵢ − μ)², x̂ᵢ = (xᵢ − μ)/√(σ² + ε), yᵢ = γ x̂ᵢ + β;
        //   return ∂L/∂x, ∂L/∂γ and ∂L/∂β from dy = ∂L/∂y
        // Shapes: outputGradient [n, d], input [n, d], scale γ [d] → (input [n, d], scale [d], shift [d])
        // Derive the three gradients yourself first, through the mean and the variance; section 3 of
        // the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("7.4", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(scale.shape), Tensor.zeros(scale.shape)))
    }

    /// The gradients of the loss plus an L2 penalty on the weight matrices, (λ/2) Σ ‖W‖², given
    /// the loss's own gradients: one per parameter, in the order of `values`.
    public static func l2Gradients(values: [Tensor], gradients: [Tensor], lambda: Float) -> [Tensor] {
        // EXERCISE 7.5: the gradient of an L2 penalty
        // Formula: L' = L + (λ/2) Σ_W ‖W‖², the sum over the weight matrices and kernels only (values of
        //   rank 2 or more); return ∂L'/∂θ for every parameter θ, given its ∂L/∂θ in `gradients`
        // Shapes: values and gradients: one tensor per parameter, each gradient its value's shape
        //   → one gradient per parameter, in the same order
        // Your code goes here, in place of the placeholder below.
        return notImplemented("7.5", placeholder: gradients)
    }

    /// Each image moved by a random whole number of pixels down and right, zeros filling in.
    public static func randomShift(images: Tensor, maxPixels: Int, using generator: inout SeededGenerator) -> Tensor {
        // EXERCISE 7.6: a random shift of each image
        // Formula: for each image in order, draw down and then right, each uniform on
        //   −maxPixels ... maxPixels with `Int.random(in:using:)` from `generator`; then
        //   y[ch, i, j] = x[ch, i − down, j − right], and 0 where that falls outside the image
        // Shapes: images [n, c, h, w] → [n, c, h, w]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("7.6", placeholder: images)
    }
}
