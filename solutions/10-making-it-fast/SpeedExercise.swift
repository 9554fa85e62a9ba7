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
        // Hint: `a.scalars` is A row after row (A[i, p] is a.scalars[i * k + p]). Loop over the blocks'
        //   first indices with `stride(from: 0, to: m, by: blockSize)`, and inside a block over
        //   i0..<min(i0 + blockSize, m), so the last block is cut short. Inside a block take the
        //   order i, p, j: the innermost loop then runs along a row of B and a row of C. Add into C;
        //   each block of C receives one product per block of the inner dimension (notes, section 3). For
        //   speed, not for passing: an array checks every index, and `i * n + j` checks for overflow, and
        //   either keeps the compiler from using vectors. Work inside `withUnsafeBufferPointer` (and
        //   `withUnsafeMutableBufferPointer` for C), take a pointer to each row once (the buffer's
        //   `baseAddress` moved on by the row's offset) and index it by j alone (notes, section 7).
        // Stub: return notImplemented("10.1", placeholder: Tensor.zeros([a.shape[0], b.shape[1]]))
        // BEGIN SOLUTION
        let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
        var c = [Float](repeating: 0, count: m * n)
        a.scalars.withUnsafeBufferPointer { x in
            b.scalars.withUnsafeBufferPointer { y in
                c.withUnsafeMutableBufferPointer { c in
                    for i0 in stride(from: 0, to: m, by: blockSize) {
                        for p0 in stride(from: 0, to: k, by: blockSize) {
                            for j0 in stride(from: 0, to: n, by: blockSize) {
                                for i in i0..<min(i0 + blockSize, m) {
                                    let rowOfC = c.baseAddress! + i * n
                                    for p in p0..<min(p0 + blockSize, k) {
                                        let (aip, rowOfB) = (x[i * k + p], y.baseAddress! + p * n)
                                        for j in j0..<min(j0 + blockSize, n) { rowOfC[j] += aip * rowOfB[j] }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Tensor(shape: [m, n], scalars: c)
        // END SOLUTION
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
        // Hint: `input.im2col(image: i, kernelHeight: kh, kernelWidth: kw)` gives one image's [c·kh·kw, P];
        //   copy its rows into the chunk's wider matrix, then one `matmul(kernel, patches)`. Row o of Z holds
        //   channel o of every image of the chunk, one image after another: unscramble it into the
        //   output, whose layout is image, then channel, then pixel. The last chunk holds n mod b images
        //   when b does not divide n (notes, section 4).
        // Stub: return notImplemented("10.2", placeholder: Tensor.zeros([input.shape[0], weight.shape[0], input.shape[2] - weight.shape[2] + 1, input.shape[3] - weight.shape[3] + 1]))
        // BEGIN SOLUTION
        let (n, h, w) = (input.shape[0], input.shape[2], input.shape[3])
        let (k, c, kh, kw) = (weight.shape[0], weight.shape[1], weight.shape[2], weight.shape[3])
        let (oh, ow) = (h - kh + 1, w - kw + 1)
        let (rows, pixels) = (c * kh * kw, oh * ow)
        let kernel = weight.reshaped([k, rows])
        let b = bias.scalars
        var output = [Float](repeating: 0, count: n * k * pixels)
        for first in stride(from: 0, to: n, by: imagesPerChunk) {
            let images = first..<min(first + imagesPerChunk, n)
            let width = images.count * pixels
            var patches = [Float](repeating: 0, count: rows * width)
            for (slot, image) in images.enumerated() {
                let columns = input.im2col(image: image, kernelHeight: kh, kernelWidth: kw).scalars
                for row in 0..<rows {
                    for q in 0..<pixels { patches[row * width + slot * pixels + q] = columns[row * pixels + q] }
                }
            }
            let z = matmul(kernel, Tensor(shape: [rows, width], scalars: patches)).scalars
            for (slot, image) in images.enumerated() {
                for o in 0..<k {
                    for q in 0..<pixels {
                        let value = z[o * width + slot * pixels + q] + b[o]
                        output[(image * k + o) * pixels + q] = value
                    }
                }
            }
        }
        return Tensor(shape: [n, k, oh, ow], scalars: output)
        // END SOLUTION
    }

    /// max(0, ·) of the convolution of part 10.2, the ReLU applied as each value is written into
    /// the output rather than in a pass of its own afterwards.
    public static func convolutionWithReLU(_ input: Tensor, weight: Tensor, bias: Tensor, imagesPerChunk: Int) -> Tensor {
        // EXERCISE 10.3: a ReLU fused into the convolution
        // Formula: y[i, o, q] = max(0, Z[o, ·] + b[o]), computed where part 10.2 writes Z + b
        // Shapes: as part 10.2
        // Hint: the output is as large as the input of a ReLU layer after the convolution would be, and
        //   a separate pass would read and write all of it again. Apply max(0, ·) in the loop that copies
        //   the product into the output, after the bias (notes, section 6). The verdict prints your fused
        //   version's time beside your part 10.2 followed by a separate ReLU.
        // Stub: return notImplemented("10.3", placeholder: Tensor.zeros([input.shape[0], weight.shape[0], input.shape[2] - weight.shape[2] + 1, input.shape[3] - weight.shape[3] + 1]))
        // BEGIN SOLUTION
        let (n, h, w) = (input.shape[0], input.shape[2], input.shape[3])
        let (k, c, kh, kw) = (weight.shape[0], weight.shape[1], weight.shape[2], weight.shape[3])
        let (oh, ow) = (h - kh + 1, w - kw + 1)
        let (rows, pixels) = (c * kh * kw, oh * ow)
        let kernel = weight.reshaped([k, rows])
        let b = bias.scalars
        var output = [Float](repeating: 0, count: n * k * pixels)
        for first in stride(from: 0, to: n, by: imagesPerChunk) {
            let images = first..<min(first + imagesPerChunk, n)
            let width = images.count * pixels
            var patches = [Float](repeating: 0, count: rows * width)
            for (slot, image) in images.enumerated() {
                let columns = input.im2col(image: image, kernelHeight: kh, kernelWidth: kw).scalars
                for row in 0..<rows {
                    for q in 0..<pixels { patches[row * width + slot * pixels + q] = columns[row * pixels + q] }
                }
            }
            let z = matmul(kernel, Tensor(shape: [rows, width], scalars: patches)).scalars
            for (slot, image) in images.enumerated() {
                for o in 0..<k {
                    for q in 0..<pixels {
                        let value = z[o * width + slot * pixels + q] + b[o]
                        output[(image * k + o) * pixels + q] = max(0, value)
                    }
                }
            }
        }
        return Tensor(shape: [n, k, oh, ow], scalars: output)
        // END SOLUTION
    }

    /// The shares of `count` images among `workers` workers: contiguous ranges, in order, covering
    /// every image once, their sizes differing by at most one, none empty.
    public static func batchShares(count: Int, workers: Int) -> [Range<Int>] {
        // EXERCISE 10.4: sharing a batch between workers
        // Formula: with w = min(workers, count) shares, share s is ⌊s·count / w⌋ ..< ⌊(s + 1)·count / w⌋
        // Shapes: count ≥ 0, workers ≥ 1 → min(workers, count) ranges
        // Hint: count / workers images each leaves count mod workers over; giving them all to the last
        //   worker makes it the slowest, and every other core waits for it. Rounding each share's ends
        //   spreads them one by one. With more workers than images, some workers get nothing: leave them
        //   out rather than hand them an empty range (notes, section 5).
        // Stub: return notImplemented("10.4", placeholder: [0..<count])
        // BEGIN SOLUTION
        let used = min(workers, count)
        return (0..<used).map { s in (s * count / used)..<((s + 1) * count / used) }
        // END SOLUTION
    }

    /// `body` applied to each share (part 10.4) of the images [n, …], all the shares at the same time,
    /// one thread each; the results stacked back in the images' order.
    public static func splitAcrossCores(_ images: Tensor, workers: Int, _ body: @Sendable (Tensor) -> Tensor) -> Tensor {
        // EXERCISE 10.5: a batch split across the cores
        // Formula: y = [body(x_{share 1}); body(x_{share 2}); …], the calls of body running at the same time
        // Shapes: images [n, …]; body maps [b, …] to [b, …'] → [n, …']
        // Hint: `DispatchQueue.concurrentPerform(iterations:)` runs its block once per share, each iteration
        //   given its number, in parallel, and returns when all are done. `images.rows(Array(share))` takes a
        //   share's images. Each call's result must reach the caller: a `Mutex` (from Synchronization) around
        //   an array of optional tensors, one slot per share, written inside its `withLock`, lets the threads
        //   write without racing. Stack the results in share order: their scalars one after another,
        //   with shape [n] followed by the first result's shape without its first axis (notes, section 5).
        // Stub: return notImplemented("10.5", placeholder: body(images))
        // BEGIN SOLUTION
        let shares = batchShares(count: images.shape[0], workers: workers)
        let results = Mutex([Tensor?](repeating: nil, count: shares.count))
        DispatchQueue.concurrentPerform(iterations: shares.count) { s in
            let result = body(images.rows(Array(shares[s])))
            results.withLock { $0[s] = result }
        }
        let parts = results.withLock { $0 }.compactMap { $0 }
        guard let first = parts.first else { return images }
        return Tensor(shape: [images.shape[0]] + first.shape.dropFirst(), scalars: parts.flatMap(\.scalars))
        // END SOLUTION
    }
}
