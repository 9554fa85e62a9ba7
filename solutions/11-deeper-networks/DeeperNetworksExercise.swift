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
        // Hint: in `images.scalars` each channel of each image is a run of h·w values, the runs in
        //   the order (image, channel); the mean of a run is one number of the output, in the same order.
        // Stub: return notImplemented("11.1", placeholder: Tensor.zeros([images.shape[0], images.shape[1]]))
        // BEGIN SOLUTION
        let (n, c, area) = (images.shape[0], images.shape[1], images.shape[2] * images.shape[3])
        let x = images.scalars
        var means = [Float](repeating: 0, count: n * c)
        for plane in 0..<(n * c) {
            var total: Float = 0
            for k in 0..<area { total += x[plane * area + k] }
            means[plane] = total / Float(area)
        }
        return Tensor(shape: [n, c], scalars: means)
        // END SOLUTION
    }

    /// ∂L/∂images from ∂L/∂y of `globalAveragePool`, for images of `inputShape` [n, c, h, w].
    public static func globalAveragePoolBackward(_ outputGradient: Tensor, inputShape: [Int]) -> Tensor {
        // EXERCISE 11.2: global average pooling backward
        // Formula: ∂L/∂x[i, ch, u, v] = Σ_{i', ch'} ∂L/∂y[i', ch'] · ∂y[i', ch'] / ∂x[i, ch, u, v]
        // Shapes: outputGradient [n, c], inputShape [n, c, h, w] → [n, c, h, w]
        // Derive ∂y[i', ch'] / ∂x[i, ch, u, v] yourself first: which outputs does one input reach, and
        //   with what weight? Section 3 of the notes is there to check afterwards.
        // Hint: the result has one value per input pixel; every pixel of one channel's plane gets the same.
        // Stub: return notImplemented("11.2", placeholder: Tensor.zeros(inputShape))
        // BEGIN SOLUTION
        let (planes, area) = (inputShape[0] * inputShape[1], inputShape[2] * inputShape[3])
        let dy = outputGradient.scalars
        var dx = [Float](repeating: 0, count: planes * area)
        for plane in 0..<planes {
            for k in 0..<area { dx[plane * area + k] = dy[plane] / Float(area) }
        }
        return Tensor(shape: inputShape, scalars: dx)
        // END SOLUTION
    }

    /// A 1 × 1 convolution with kernel `weight` [k, c] and `bias` [k], computed as one matrix
    /// product per image: [n, c, h, w] → [n, k, h, w].
    public static func oneByOneConvolution(_ images: Tensor, weight: Tensor, bias: Tensor) -> Tensor {
        // EXERCISE 11.3: a 1 × 1 convolution as a matrix product
        // Formula: for each image i, Y_i = W X_i + b 1ᵀ, with X_i the image as a matrix [c, h·w]
        //   (a column per pixel) and Y_i [k, h·w]
        // Shapes: images [n, c, h, w], weight [k, c], bias [k] → [n, k, h, w]
        // Hint: `images.row(i)` is image i as [c, h, w], and `reshaped([c, h * w])` makes it X_i;
        //   `matmul(a, b)` multiplies; a bias of shape [k, 1] broadcasts along a row.
        // Stub: return notImplemented("11.3", placeholder: Tensor.zeros([images.shape[0], weight.shape[0], images.shape[2], images.shape[3]]))
        // BEGIN SOLUTION
        let (n, c, h, w) = (images.shape[0], images.shape[1], images.shape[2], images.shape[3])
        let k = weight.shape[0]
        var scalars: [Float] = []
        for i in 0..<n {
            let pixels = images.row(i).reshaped([c, h * w])
            scalars += (matmul(weight, pixels) + bias.reshaped([k, 1])).scalars
        }
        return Tensor(shape: [n, k, h, w], scalars: scalars)
        // END SOLUTION
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
        // Hint: the ReLU's mask comes from the sum, the value that entered it. Both paths get the same
        //   g; where S is the identity its gradient is g itself.
        // Stub: return notImplemented("11.4", placeholder: outputGradient)
        // BEGIN SOLUTION
        let g = outputGradient * sum.map { $0 > 0 ? 1 : 0 }
        return residualBackward(g) + (projectionBackward?(g) ?? g)
        // END SOLUTION
    }

    /// How many input pixels along one side one output of a stack of layers sees, layer i having
    /// kernel `kernels[i]` and stride `strides[i]`, the first layer first.
    public static func receptiveField(kernels: [Int], strides: [Int]) -> Int {
        // EXERCISE 11.5: the receptive field of a stack
        // Formula: r = 1 + Σᵢ (kᵢ − 1) · Πⱼ<ᵢ sⱼ
        // Shapes: kernels and strides of equal length → a number of pixels
        // Hint: walk the layers in order, keeping the product of the strides so far: layer i's
        //   extra kᵢ − 1 positions are that many of its input's steps apart.
        // Stub: return notImplemented("11.5", placeholder: 1)
        // BEGIN SOLUTION
        var field = 1, jump = 1
        for (kernel, stride) in zip(kernels, strides) {
            field += (kernel - 1) * jump
            jump *= stride
        }
        return field
        // END SOLUTION
    }
}
