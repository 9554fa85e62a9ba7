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
        // Hint: seven nested loops (b, o, i, j, ch, u, v); skip the terms whose row or column falls
        //   outside 0 ..< h or 0 ..< w instead of building a padded copy.
        // Stub: return notImplemented("6.1", placeholder: Tensor.zeros([input.shape[0], kernel.shape[0], 1, 1]))
        // BEGIN SOLUTION
        let (n, c, h, w) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (k, kh, kw) = (kernel.shape[0], kernel.shape[2], kernel.shape[3])
        let (oh, ow) = ((h + 2 * padding - kh) / stride + 1, (w + 2 * padding - kw) / stride + 1)
        var output = Tensor.zeros([n, k, oh, ow])
        for b in 0..<n {
            for o in 0..<k {
                for i in 0..<oh {
                    for j in 0..<ow {
                        var total = bias[o]
                        for ch in 0..<c {
                            for u in 0..<kh {
                                let row = i * stride + u - padding
                                guard row >= 0 && row < h else { continue }
                                for v in 0..<kw {
                                    let column = j * stride + v - padding
                                    guard column >= 0 && column < w else { continue }
                                    total += kernel[o, ch, u, v] * input[b, ch, row, column]
                                }
                            }
                        }
                        output[b, o, i, j] = total
                    }
                }
            }
        }
        return output
        // END SOLUTION
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
        // Hint: walk the same seven loops as the forward pass. Each term of an output's sum joins one
        //   weight and one input pixel: what does dy[b, o, i, j] owe each of them, and the bias?
        // Stub: return notImplemented("6.2", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(kernel.shape), Tensor.zeros([kernel.shape[0]])))
        // BEGIN SOLUTION
        let (n, c, h, w) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (k, kh, kw) = (kernel.shape[0], kernel.shape[2], kernel.shape[3])
        let (oh, ow) = (outputGradient.shape[2], outputGradient.shape[3])
        var dx = Tensor.zeros(input.shape), dW = Tensor.zeros(kernel.shape), db = Tensor.zeros([k])
        for b in 0..<n {
            for o in 0..<k {
                for i in 0..<oh {
                    for j in 0..<ow {
                        let dy = outputGradient[b, o, i, j]
                        db[o] += dy
                        for ch in 0..<c {
                            for u in 0..<kh {
                                let row = i * stride + u - padding
                                guard row >= 0 && row < h else { continue }
                                for v in 0..<kw {
                                    let column = j * stride + v - padding
                                    guard column >= 0 && column < w else { continue }
                                    dW[o, ch, u, v] += dy * input[b, ch, row, column]
                                    dx[b, ch, row, column] += dy * kernel[o, ch, u, v]
                                }
                            }
                        }
                    }
                }
            }
        }
        return (dx, dW, db)
        // END SOLUTION
    }

    /// The patches of one image as the columns of a matrix, so that a convolution becomes one
    /// matrix product: W [k, c·kh·kw] · im2col(x) = y [k, oh·ow].
    public static func im2col(image: Tensor, kernelHeight kh: Int, kernelWidth kw: Int, stride: Int,
                              padding: Int) -> Tensor {
        // EXERCISE 6.3: im2col
        // Formula: columns[(ch·kh + u)·kw + v, i·ow + j] = x[ch, i·s + u − p, j·s + v − p], 0 outside the image
        // Shapes: image [c, h, w] → [c·kh·kw, oh·ow]
        // Hint: one row per kernel position (ch, u, v), in that order, and one column per output
        //   pixel (i, j), row by row: the same order as the kernel [k, c, kh, kw] flattened to [k, c·kh·kw].
        //   `chapter06 --mine` calls this for every image it trains on: read `image.scalars` into an
        //   array once, index it as (ch·h + row)·w + column, fill a [Float] and return
        //   `Tensor(shape:scalars:)`; `image[ch, row, column]` builds an index array per call, which a
        //   debug build makes a hundred times slower.
        // Stub: return notImplemented("6.3", placeholder: Tensor.zeros([image.shape[0] * kh * kw, 1]))
        // BEGIN SOLUTION
        let (c, h, w) = (image.shape[0], image.shape[1], image.shape[2])
        let (oh, ow) = ((h + 2 * padding - kh) / stride + 1, (w + 2 * padding - kw) / stride + 1)
        let pixels = image.scalars
        var columns = [Float](repeating: 0, count: c * kh * kw * oh * ow)
        for ch in 0..<c {
            for u in 0..<kh {
                for v in 0..<kw {
                    let row = (ch * kh + u) * kw + v
                    for i in 0..<oh {
                        let sourceRow = i * stride + u - padding
                        guard sourceRow >= 0 && sourceRow < h else { continue }
                        for j in 0..<ow {
                            let sourceColumn = j * stride + v - padding
                            guard sourceColumn >= 0 && sourceColumn < w else { continue }
                            columns[(row * oh + i) * ow + j] = pixels[(ch * h + sourceRow) * w + sourceColumn]
                        }
                    }
                }
            }
        }
        return Tensor(shape: [c * kh * kw, oh * ow], scalars: columns)
        // END SOLUTION
    }

    /// Max pooling over size × size windows that do not overlap (stride = size): the largest
    /// value of each window, and where it was.
    public static func maxPool(input: Tensor, size: Int) -> (output: Tensor, winners: [Int]) {
        // EXERCISE 6.4: max pooling forward
        // Formula: y[b, ch, i, j] = max over 0 ≤ u, v < size of x[b, ch, i·size + u, j·size + v];
        //   winners[flat index of y] = the flat index in x of that maximum (the first one, on a tie)
        // Shapes: input [n, c, h, w] → (output [n, c, h/size, w/size], winners: one index per output value)
        // Hint: the flat index of x[b, ch, r, q] is ((b·c + ch)·h + r)·w + q. Read `input.scalars` into
        //   an array once and index it (chapter06 --mine runs this on every batch); compare with `>`
        //   so that the first of equal values wins.
        // Stub: return notImplemented("6.4", placeholder: (Tensor.zeros([input.shape[0], input.shape[1], 1, 1]), []))
        // BEGIN SOLUTION
        let (n, c, h, w) = (input.shape[0], input.shape[1], input.shape[2], input.shape[3])
        let (oh, ow) = (h / size, w / size)
        let x = input.scalars
        var output: [Float] = [], winners: [Int] = []
        output.reserveCapacity(n * c * oh * ow)
        winners.reserveCapacity(n * c * oh * ow)
        for plane in 0..<(n * c) {
            for i in 0..<oh {
                for j in 0..<ow {
                    var best = (plane * h + i * size) * w + j * size
                    for u in 0..<size {
                        for v in 0..<size {
                            let index = (plane * h + i * size + u) * w + j * size + v
                            if x[index] > x[best] { best = index }
                        }
                    }
                    output.append(x[best])
                    winners.append(best)
                }
            }
        }
        return (Tensor(shape: [n, c, oh, ow], scalars: output), winners)
        // END SOLUTION
    }

    /// The backward pass of max pooling: each output's gradient goes to the input that won its
    /// window.
    public static func maxPoolBackward(outputGradient: Tensor, winners: [Int], inputShape: [Int]) -> Tensor {
        // EXERCISE 6.5: max pooling backward
        // Formula: ∂L/∂x[winners[q]] += ∂L/∂y[q] for every output q; every other input gets 0
        // Shapes: outputGradient [n, c, oh, ow], winners [n·c·oh·ow] → [n, c, h, w] (inputShape)
        // Hint: start from `Tensor.zeros(inputShape)`; only the winner of a window moved the output,
        //   so only the winner is owed its gradient.
        // Stub: return notImplemented("6.5", placeholder: Tensor.zeros(inputShape))
        // BEGIN SOLUTION
        var inputGradient = [Float](repeating: 0, count: inputShape.reduce(1, *))
        let dy = outputGradient.scalars
        for (q, index) in winners.enumerated() { inputGradient[index] += dy[q] }
        return Tensor(shape: inputShape, scalars: inputGradient)
        // END SOLUTION
    }
}
