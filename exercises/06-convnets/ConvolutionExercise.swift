// Your file to complete: generated from solutions/06-convnets/ConvolutionExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 6.1, 6.2, 6.3, 6.4, 6.5.

// Exercise 6: convolution by direct loops and by im2col, its backward pass, and max pooling.
// Notes: chapters/06-convnets/README.md. Tests: Tests/ExerciseTests/Exercise6Tests.swift.
// Check your work with `swift test --filter 'Exercise6$'`.
//
// Shapes: images x [n, c, h, w] (NCHW), kernels W [k, c, kh, kw], bias b [k], outputs
// y [n, k, oh, ow] with oh = (h + 2p − kh)/s + 1 and ow = (w + 2p − kw)/s + 1 for stride s
// and zero padding p. Index a tensor with `x[b, ch, i, j]`; `Tensor.zeros(shape)` starts one.
// This file sees the engine of chapters 01-05, not chapter 06's layers: they are yours to write.
import ExerciseSupport
import Training

/// The functions of exercise 6, each a part to implement.
public enum ConvolutionExercise {
    /// The forward pass of a 2-D convolution (cross-correlation, as deep learning uses the word).
    public static func convolve2D(input: Tensor, kernel: Tensor, bias: Tensor, stride: Int, padding: Int) -> Tensor {
        // EXERCISE 6.1: convolution by direct loops
        // Formula: y[b, o, i, j] = b[o] + Σ_{ch, u, v} W[o, ch, u, v] · x[b, ch, i·s + u − p, j·s + v − p],
        //   where x is 0 outside the image
        // Shapes: input [n, c, h, w], kernel [k, c, kh, kw], bias [k] → [n, k, oh, ow]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("6.1", placeholder: Tensor.zeros([input.shape[0], kernel.shape[0], 1, 1]))
    }

    /// The backward pass of `convolve2D`: the gradients with respect to the input, the kernel
    /// and the bias, given dy = ∂L/∂y.
    public static func convolve2DBackward(input: Tensor, kernel: Tensor, outputGradient: Tensor, stride: Int,
                                          padding: Int) -> (input: Tensor, kernel: Tensor, bias: Tensor) {
        // EXERCISE 6.2: the convolution's backward pass
        // Formula: the forward pass of part 6.1, y[b, o, i, j] = b[o] + Σ_{ch, u, v} W[o, ch, u, v] · x[b, ch, i·s + u − p, j·s + v − p];
        //   return ∂L/∂x, ∂L/∂W and ∂L/∂b from dy = ∂L/∂y
        // Shapes: input [n, c, h, w], kernel [k, c, kh, kw], outputGradient [n, k, oh, ow]
        //   → (input [n, c, h, w], kernel [k, c, kh, kw], bias [k])
        // Derive the three gradients yourself first, from one output pixel's sum; section 5 of the
        // notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("6.2", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(kernel.shape), Tensor.zeros([kernel.shape[0]])))
    }

    /// The patches of one image as the columns of a matrix, so that a convolution becomes one
    /// matrix product: W [k, c·kh·kw] · im2col(x) = y [k, oh·ow].
    public static func im2col(image: Tensor, kernelHeight kh: Int, kernelWidth kw: Int, stride: Int,
                              padding: Int) -> Tensor {
        // EXERCISE 6.3: im2col
        // Formula: columns[(ch·kh + u)·kw + v, i·ow + j] = x[ch, i·s + u − p, j·s + v − p], 0 outside the image
        // Shapes: image [c, h, w] → [c·kh·kw, oh·ow]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("6.3", placeholder: Tensor.zeros([image.shape[0] * kh * kw, 1]))
    }

    /// Max pooling over size × size windows that do not overlap (stride = size): the largest
    /// value of each window, and where it was.
    public static func maxPool(input: Tensor, size: Int) -> (output: Tensor, winners: [Int]) {
        // EXERCISE 6.4: max pooling forward
        // Formula: y[b, ch, i, j] = max over 0 ≤ u, v < size of x[b, ch, i·size + u, j·size + v];
        //   winners[flat index of y] = the flat index in x of that maximum (the first one, on a tie)
        // Shapes: input [n, c, h, w] → (output [n, c, h/size, w/size], winners: one index per output value)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("6.4", placeholder: (Tensor.zeros([input.shape[0], input.shape[1], 1, 1]), []))
    }

    /// The backward pass of max pooling: each output's gradient goes to the input that won its
    /// window.
    public static func maxPoolBackward(outputGradient: Tensor, winners: [Int], inputShape: [Int]) -> Tensor {
        // EXERCISE 6.5: max pooling backward
        // Formula: ∂L/∂x[winners[q]] += ∂L/∂y[q] for every output q; every other input gets 0
        // Shapes: outputGradient [n, c, oh, ow], winners [n·c·oh·ow] → [n, c, h, w] (inputShape)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("6.5", placeholder: Tensor.zeros(inputShape))
    }
}
