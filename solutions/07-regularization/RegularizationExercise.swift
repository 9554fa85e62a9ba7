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
        // Hint: the uniforms stand in for the random draws, so that the test knows which inputs you
        //   keep: a draw below q (probability q) keeps its input. Why divide by q at all? So that
        //   E[y_i] = q · x_i/q = x_i: the network sees the same expected activations in both modes,
        //   and evaluation has nothing left to rescale.
        // Stub: return notImplemented("7.1", placeholder: (input, Tensor.zeros(input.shape)))
        // BEGIN SOLUTION
        guard mode == .training else { return (input, Tensor.ones(input.shape)) }
        let keep = 1 - rate, scale = 1 / keep
        let x = input.scalars, u = uniforms.scalars
        var output = [Float](repeating: 0, count: x.count), mask = [Float](repeating: 0, count: x.count)
        for i in 0..<x.count where u[i] < keep {
            mask[i] = scale
            output[i] = x[i] * scale
        }
        return (Tensor(shape: input.shape, scalars: output), Tensor(shape: input.shape, scalars: mask))
        // END SOLUTION
    }

    /// The backward pass of `dropout`, given ∂L/∂y and the mask the forward pass used.
    public static func dropoutBackward(outputGradient: Tensor, mask: Tensor) -> Tensor {
        // EXERCISE 7.2: dropout backward
        // Formula: y = x ⊙ m (part 7.1), so ∂L/∂x = ∂L/∂y ⊙ m
        // Shapes: outputGradient and mask the same shape → that shape
        // Hint: the gradient goes back the way the values came forward, through the same mask, its
        //   1/q included. An input the mask dropped did not move the loss, so it gets no gradient.
        // Stub: return notImplemented("7.2", placeholder: Tensor.zeros(outputGradient.shape))
        // BEGIN SOLUTION
        return outputGradient * mask
        // END SOLUTION
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
        // Hint: feature j's values are x[i·d + j] for i in 0 ..< n: one pass over the rows for the
        //   means, a second for the squared deviations from them (sums in Double lose less). Normalise
        //   with the batch's own variance, the sum divided by n; n/(n − 1) only turns it into the
        //   unbiased estimate the running variance keeps.
        // Stub: return notImplemented("7.3", placeholder: (input, runningMean, runningVariance))
        // BEGIN SOLUTION
        let (n, d) = (input.shape[0], input.shape[1])
        let x = input.scalars, gamma = scale.scalars, beta = shift.scalars
        let (oldMean, oldVariance) = (runningMean.scalars, runningVariance.scalars)
        var mean = oldMean, variance = oldVariance
        if mode == .training {
            var sums = [Double](repeating: 0, count: d), squares = [Double](repeating: 0, count: d)
            for i in 0..<n {
                for j in 0..<d { sums[j] += Double(x[i * d + j]) }
            }
            for j in 0..<d { mean[j] = Float(sums[j] / Double(n)) }
            for i in 0..<n {
                for j in 0..<d {
                    let deviation = Double(x[i * d + j]) - Double(mean[j])
                    squares[j] += deviation * deviation
                }
            }
            for j in 0..<d { variance[j] = Float(squares[j] / Double(n)) }
        }
        let inverseDeviation = (0..<d).map { 1 / (variance[$0] + epsilon).squareRoot() }
        var output = [Float](repeating: 0, count: n * d)
        for i in 0..<n {
            for j in 0..<d {
                output[i * d + j] = gamma[j] * (x[i * d + j] - mean[j]) * inverseDeviation[j] + beta[j]
            }
        }
        let y = Tensor(shape: input.shape, scalars: output)
        guard mode == .training else { return (y, runningMean, runningVariance) }
        let unbiased = Float(n) / Float(n - 1)
        let newMean = (0..<d).map { (1 - momentum) * oldMean[$0] + momentum * mean[$0] }
        let newVariance = (0..<d).map { (1 - momentum) * oldVariance[$0] + momentum * unbiased * variance[$0] }
        return (y, Tensor(shape: [d], scalars: newMean), Tensor(shape: [d], scalars: newVariance))
        // END SOLUTION
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
        // Hint: x reaches y by three roads: straight through x̂, through μ, and through σ² (which
        //   depends on μ as well). Write s = 1/√(σ² + ε), find ∂L/∂x̂, then ∂L/∂σ² and ∂L/∂μ, and add
        //   up what each road brings to one xᵢ. Recompute μ and σ² from the input first, as 7.3 does.
        // Stub: return notImplemented("7.4", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(scale.shape), Tensor.zeros(scale.shape)))
        // BEGIN SOLUTION
        let (n, d) = (input.shape[0], input.shape[1])
        let x = input.scalars, dy = outputGradient.scalars, gamma = scale.scalars
        var mean = [Float](repeating: 0, count: d), inverseDeviation = [Float](repeating: 0, count: d)
        var sums = [Double](repeating: 0, count: d), squares = [Double](repeating: 0, count: d)
        for i in 0..<n {
            for j in 0..<d { sums[j] += Double(x[i * d + j]) }
        }
        for j in 0..<d { mean[j] = Float(sums[j] / Double(n)) }
        for i in 0..<n {
            for j in 0..<d {
                let deviation = Double(x[i * d + j]) - Double(mean[j])
                squares[j] += deviation * deviation
            }
        }
        for j in 0..<d { inverseDeviation[j] = 1 / (Float(squares[j] / Double(n)) + epsilon).squareRoot() }
        // ∂L/∂β = Σ dy and ∂L/∂γ = Σ dy ⊙ x̂, the two sums ∂L/∂x needs as well.
        var sumGradient = [Double](repeating: 0, count: d), sumGradientXhat = [Double](repeating: 0, count: d)
        for i in 0..<n {
            for j in 0..<d {
                let g = Double(dy[i * d + j]), xhat = Double((x[i * d + j] - mean[j]) * inverseDeviation[j])
                sumGradient[j] += g
                sumGradientXhat[j] += g * xhat
            }
        }
        // ∂L/∂x = γ s (dy − mean(dy) − x̂ · mean(dy ⊙ x̂)).
        let meanGradient = sumGradient.map { Float($0 / Double(n)) }
        let meanGradientXhat = sumGradientXhat.map { Float($0 / Double(n)) }
        var inputGradient = [Float](repeating: 0, count: n * d)
        for i in 0..<n {
            for j in 0..<d {
                let xhat = (x[i * d + j] - mean[j]) * inverseDeviation[j]
                inputGradient[i * d + j] = gamma[j] * inverseDeviation[j]
                    * (dy[i * d + j] - meanGradient[j] - xhat * meanGradientXhat[j])
            }
        }
        return (Tensor(shape: input.shape, scalars: inputGradient),
                Tensor(shape: [d], scalars: sumGradientXhat.map(Float.init)),
                Tensor(shape: [d], scalars: sumGradient.map(Float.init)))
        // END SOLUTION
    }

    /// The gradients of the loss plus an L2 penalty on the weight matrices, (λ/2) Σ ‖W‖², given
    /// the loss's own gradients: one per parameter, in the order of `values`.
    public static func l2Gradients(values: [Tensor], gradients: [Tensor], lambda: Float) -> [Tensor] {
        // EXERCISE 7.5: the gradient of an L2 penalty
        // Formula: L' = L + (λ/2) Σ_W ‖W‖², the sum over the weight matrices and kernels only (values of
        //   rank 2 or more); return ∂L'/∂θ for every parameter θ, given its ∂L/∂θ in `gradients`
        // Shapes: values and gradients: one tensor per parameter, each gradient its value's shape
        //   → one gradient per parameter, in the same order
        // Hint: what is the derivative of (λ/2) w² with respect to w? Biases and batch
        //   normalisation's γ and β have rank 1: no penalty, so their gradient is the loss's alone.
        // Stub: return notImplemented("7.5", placeholder: gradients)
        // BEGIN SOLUTION
        return zip(values, gradients).map { value, gradient in
            value.rank >= 2 ? gradient + lambda * value : gradient
        }
        // END SOLUTION
    }

    /// Each image moved by a random whole number of pixels down and right, zeros filling in.
    public static func randomShift(images: Tensor, maxPixels: Int, using generator: inout SeededGenerator) -> Tensor {
        // EXERCISE 7.6: a random shift of each image
        // Formula: for each image in order, draw down and then right, each uniform on
        //   −maxPixels ... maxPixels with `Int.random(in:using:)` from `generator`; then
        //   y[ch, i, j] = x[ch, i − down, j − right], and 0 where that falls outside the image
        // Shapes: images [n, c, h, w] → [n, c, h, w]
        // Hint: output pixel (i, j) reads the input pixel `down` rows above it and `right` columns to
        //   its left, so the picture moves down and right, and the edge it leaves is zeros: a random
        //   crop of the image padded with maxPixels zeros. Two draws per image, down first, from the
        //   generator you were given (it is inout), so that the test can repeat them.
        // Stub: return notImplemented("7.6", placeholder: images)
        // BEGIN SOLUTION
        let (n, c, h, w) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let size = c * h * w
        let x = images.scalars
        var output = [Float](repeating: 0, count: x.count)
        for image in 0..<n {
            let down = Int.random(in: -maxPixels...maxPixels, using: &generator)
            let right = Int.random(in: -maxPixels...maxPixels, using: &generator)
            for ch in 0..<c {
                for i in 0..<h {
                    let row = i - down
                    guard row >= 0 && row < h else { continue }
                    for j in 0..<w {
                        let column = j - right
                        guard column >= 0 && column < w else { continue }
                        output[image * size + (ch * h + i) * w + j] = x[image * size + (ch * h + row) * w + column]
                    }
                }
            }
        }
        return Tensor(shape: images.shape, scalars: output)
        // END SOLUTION
    }
}
