// Your file to complete: generated from solutions/11-deeper-networks/DeeperNetworksExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 11.1, 11.2, 11.3, 11.4, 11.5.

// Exercise 11: deeper networks. Global average pooling forward and backward, a 1 × 1
// convolution as one matrix product per image, the backward pass of a residual block, and the
// receptive field of a stack of layers. Notes: chapters/11-deeper-networks/README.md.
// Tests: Tests/ExerciseTests/Exercise11Tests.swift.
// Check your work with `swift run course check 11` (or `swift test --filter 'Exercise11$'`).
//
// Images are NCHW, [n, c, h, w], as in chapter 06. This file sees the engine of chapters 01-10,
// not chapter 11's layers.
import ExerciseSupport
import MakingItFast

/// The functions of exercise 11, each a part to implement.
public enum DeeperNetworksExercise {
    /// Each channel's mean over its whole plane: [n, c, h, w] → [n, c].
    public static func globalAveragePool(_ images: Tensor) -> Tensor {
        // EXERCISE 11.1: global average pooling
        // Formula: y[i, ch] = (1 / hw) Σ_{u, v} x[i, ch, u, v]
        // Shapes: images [n, c, h, w] → [n, c]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("11.1", placeholder: Tensor.zeros([images.shape[0], images.shape[1]]))
    }

    /// ∂L/∂images from ∂L/∂y of `globalAveragePool`, for images of `inputShape` [n, c, h, w].
    public static func globalAveragePoolBackward(_ outputGradient: Tensor, inputShape: [Int]) -> Tensor {
        // EXERCISE 11.2: global average pooling backward
        // Formula: ∂L/∂x[i, ch, u, v] = Σ_{i', ch'} ∂L/∂y[i', ch'] · ∂y[i', ch'] / ∂x[i, ch, u, v]
        // Shapes: outputGradient [n, c], inputShape [n, c, h, w] → [n, c, h, w]
        // Derive ∂y[i', ch'] / ∂x[i, ch, u, v] yourself first: which outputs does one input reach, and
        //   with what weight? Section 3 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("11.2", placeholder: Tensor.zeros(inputShape))
    }

    /// A 1 × 1 convolution with kernel `weight` [k, c] and `bias` [k], computed as one matrix
    /// product per image: [n, c, h, w] → [n, k, h, w].
    public static func oneByOneConvolution(_ images: Tensor, weight: Tensor, bias: Tensor) -> Tensor {
        // EXERCISE 11.3: a 1 × 1 convolution as a matrix product
        // Formula: for each image i, Y_i = W X_i + b 1ᵀ, with X_i the image as a matrix [c, h·w]
        //   (a column per pixel) and Y_i [k, h·w]
        // Shapes: images [n, c, h, w], weight [k, c], bias [k] → [n, k, h, w]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("11.3", placeholder: Tensor.zeros([images.shape[0], weight.shape[0], images.shape[2], images.shape[3]]))
    }

    /// ∂L/∂x of a residual block y = relu(F(x) + S(x)), given ∂L/∂y, the sum F(x) + S(x) the
    /// forward pass computed, and the backward passes of its two paths: `residualBackward` maps a
    /// gradient of F's output to one of x; `projectionBackward` does so for S, and is nil when S
    /// is the identity.
    public static func residualBlockBackward(_ outputGradient: Tensor, sum: Tensor,
                                             residualBackward: (Tensor) -> Tensor,
                                             projectionBackward: ((Tensor) -> Tensor)?) -> Tensor {
        // EXERCISE 11.4: a residual block's backward pass
        // Formula: g = ∂L/∂y ⊙ [F(x) + S(x) > 0];  ∂L/∂x = (∂F/∂x)ᵀ g + (∂S/∂x)ᵀ g
        // Shapes: outputGradient and sum [n, k, h', w'] → [n, c, h, w] (x's shape)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("11.4", placeholder: outputGradient)
    }

    /// How many input pixels along one side one output of a stack of layers sees, layer i having
    /// kernel `kernels[i]` and stride `strides[i]`, the first layer first.
    public static func receptiveField(kernels: [Int], strides: [Int]) -> Int {
        // EXERCISE 11.5: the receptive field of a stack
        // Formula: r = 1 + Σᵢ (kᵢ − 1) · Πⱼ<ᵢ sⱼ
        // Shapes: kernels and strides of equal length → a number of pixels
        // Your code goes here, in place of the placeholder below.
        return notImplemented("11.5", placeholder: 1)
    }
}
