// Your file to complete: generated from solutions/10-making-it-fast/SpeedExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 10.1, 10.2, 10.3, 10.4, 10.5.

// Exercise 10: making it fast. A matrix product in blocks, the convolution a few images per
// product, a ReLU fused into it, and a batch split between the cores. Notes:
// chapters/10-making-it-fast/README.md. Tests: Tests/ExerciseTests/Exercise10Tests.swift.
// Check your work with `swift run course check 10` (or `swift test --filter 'Exercise10$'`).
//
// Every part is checked for its numbers only, as in the other exercises; the speed your code
// reaches is printed beside the verdict, against the plain loop and OpenBLAS, and is never a
// condition of passing. This file is compiled with optimisation even in a debug build, as the
// engine's loops are, so that the speeds it prints mean something.
// `chapter10 --mine` measures your parts 10.1, 10.2, 10.3 and 10.5 beside the engine's.
// This file sees the engine of chapters 01-09, not chapter 10's loops.
import Dispatch
import ExerciseSupport
import Synchronization
import TransferLearning

/// The functions of exercise 10, each a part to implement.
public enum SpeedExercise {
    /// C = A B for A [m, k] and B [k, n], computed block by block: blocks of `blockSize` rows of A,
    /// `blockSize` of the inner dimension and `blockSize` columns of B, smaller at the edges
    /// when a size does not divide.
    public static func blockedMatrixProduct(_ a: Tensor, _ b: Tensor, blockSize: Int) -> Tensor {
        // EXERCISE 10.1: a matrix product in blocks
        // Formula: C[i, j] = Σ_p A[i, p] B[p, j], the sum taken as a sum over blocks: for each block
        //   (I, P, J) of rows, inner indices and columns, C[I, J] += A[I, P] B[P, J]
        // Shapes: a [m, k], b [k, n] → [m, n]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("10.1", placeholder: Tensor.zeros([a.shape[0], b.shape[1]]))
    }

    /// The convolution of `input` by `weight` plus `bias` (stride 1, no padding), computed with one
    /// matrix product per chunk of `imagesPerChunk` images (the last chunk may be smaller).
    public static func convolutionInChunks(_ input: Tensor, weight: Tensor, bias: Tensor, imagesPerChunk: Int) -> Tensor {
        // EXERCISE 10.2: the convolution a few images per product
        // Formula: for a chunk of images i₁ … i_b: X = [X_{i₁} X_{i₂} … X_{i_b}], their im2col matrices side by
        //   side; Z = W X with W the kernel as [k, c·kh·kw]; then y[i_s, o, q] = Z[o, (s − 1)·P + q] + b[o],
        //   where P = oh·ow is the number of output pixels of one image
        // Shapes: input [n, c, h, w], weight [k, c, kh, kw], bias [k] → [n, k, oh, ow], oh = h − kh + 1,
        //   ow = w − kw + 1; one chunk's X is [c·kh·kw, b·P] and its Z is [k, b·P]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("10.2", placeholder: Tensor.zeros([input.shape[0], weight.shape[0], input.shape[2] - weight.shape[2] + 1, input.shape[3] - weight.shape[3] + 1]))
    }

    /// max(0, ·) of the convolution of part 10.2, the ReLU applied as each value is written into
    /// the output rather than in a pass of its own afterwards.
    public static func convolutionWithReLU(_ input: Tensor, weight: Tensor, bias: Tensor, imagesPerChunk: Int) -> Tensor {
        // EXERCISE 10.3: a ReLU fused into the convolution
        // Formula: y[i, o, q] = max(0, Z[o, ·] + b[o]), computed where part 10.2 writes Z + b
        // Shapes: as part 10.2
        // Your code goes here, in place of the placeholder below.
        return notImplemented("10.3", placeholder: Tensor.zeros([input.shape[0], weight.shape[0], input.shape[2] - weight.shape[2] + 1, input.shape[3] - weight.shape[3] + 1]))
    }

    /// The shares of `count` images among `workers` workers: contiguous ranges, in order, covering
    /// every image once, their sizes differing by at most one, none empty.
    public static func batchShares(count: Int, workers: Int) -> [Range<Int>] {
        // EXERCISE 10.4: sharing a batch between workers
        // Formula: with w = min(workers, count) shares, share s is ⌊s·count / w⌋ ..< ⌊(s + 1)·count / w⌋
        // Shapes: count ≥ 0, workers ≥ 1 → min(workers, count) ranges
        // Your code goes here, in place of the placeholder below.
        return notImplemented("10.4", placeholder: [0..<count])
    }

    /// `body` applied to each share (part 10.4) of the images [n, …], all the shares at the same time,
    /// one thread each; the results stacked back in the images' order.
    public static func splitAcrossCores(_ images: Tensor, workers: Int, _ body: @Sendable (Tensor) -> Tensor) -> Tensor {
        // EXERCISE 10.5: a batch split across the cores
        // Formula: y = [body(x_{share 1}); body(x_{share 2}); …], the calls of body running at the same time
        // Shapes: images [n, …]; body maps [b, …] to [b, …'] → [n, …']
        // Your code goes here, in place of the placeholder below.
        return notImplemented("10.5", placeholder: body(images))
    }
}
