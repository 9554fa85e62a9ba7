// TransposedConv2D's fast path (chapter 13): the readable scatter of TransposedConv2D.swift done
// one image at a time as a matrix product and col2im, the batch split across the cores.
// TransposedConv2D+FastPath.swift calls these with the layer's tensors; tests hold the results
// equal to the readable `forward` and `backward` (Tests/EngineTests/LearningWithoutLabelsTests.swift).
//
// The layer's output y [k, oh, ow] is what a convolution of geometry g (k channels of oh × ow, the
// layer's kernel size, stride and padding) would read, and that convolution's outputs are the
// layer's h × w input pixels. With the kernel as a matrix W [c, k·kh·kw] and one image X [c, h·w]:
//   forward   columns = Wᵀ X [k·kh·kw, h·w];  y = b + col2im(columns)
//   backward  ∂columns = im2col(∂y);  ∂X = W ∂columns;  ∂W += X ∂columnsᵀ;  ∂b += the planes' sums of ∂y
// the convolution's backward pass and forward pass, as the notes derive (chapter 13, section 4).
import Tensors

/// y = b + col2im(Wᵀ X) for each image of `input` [n, c, h, w]; `kernel` [c, k, kh, kw], `bias` [k];
/// `g` the geometry of the output seen as a convolution's input, whose outputs are h × w.
package func transposedConvolutionForward(_ input: Tensor, kernel: Tensor, bias: Tensor, _ g: ConvolutionGeometry) -> Tensor {
    let (n, c, pixels, rows) = (input.shape[0], input.shape[1], g.outputPixels, g.patchSize)
    precondition(input.shape == [n, c, g.outputHeight, g.outputWidth] && kernel.count == c * rows && bias.count == g.channels)
    let (k, plane) = (g.channels, g.inputPixels)
    var output = Tensor.zeros([n, k, g.height, g.width])
    withPointers(input, kernel, bias) { x, w, b in
        output.withUnsafeMutableScalars { y in
            nonisolated(unsafe) let (x, w, b, y) = (x, w, b, y.baseAddress!)
            forEachWorker(images: n) { _, images in
                let columns = UnsafeMutablePointer<Float>.allocate(capacity: rows * pixels)
                defer { columns.deallocate() }
                for image in images {
                    // columns = Wᵀ X: [k·kh·kw, c] · [c, h·w].
                    sgemm(true, false, m: rows, n: pixels, k: c, w, lda: rows, x + image * c * pixels, ldb: pixels,
                          beta: 0, columns, ldc: pixels)
                    let out = y + image * k * plane
                    for o in 0..<k { (out + o * plane).update(repeating: b[o], count: plane) }
                    col2im(columns, g, into: out, rowStride: pixels)
                }
            }
        }
    }
    return output
}

/// ∂L/∂x, ∂L/∂W and ∂L/∂b of `transposedConvolutionForward` at `input`, from ∂L/∂y `outputGradient`.
package func transposedConvolutionBackward(_ outputGradient: Tensor, input: Tensor, kernel: Tensor, _ g: ConvolutionGeometry)
    -> (input: Tensor, weight: Tensor, bias: Tensor) {
    let (n, c, pixels, rows) = (input.shape[0], input.shape[1], g.outputPixels, g.patchSize)
    let (k, plane) = (g.channels, g.inputPixels)
    precondition(outputGradient.shape == [n, k, g.height, g.width] && kernel.count == c * rows)
    // One ∂W and ∂b per worker, added up at the end: the workers never write the same sums.
    let workers = min(batchWorkerCount, max(n, 1))
    var partials = Tensor.zeros([workers, c * rows + k])
    var dx = Tensor.zeros(input.shape)
    withPointers(input, kernel, outputGradient) { x, w, dy in
        withMutablePointers(&partials, &dx) { partial, dxs in
            nonisolated(unsafe) let (x, w, dy, partial, dxs) = (x, w, dy, partial, dxs)
            forEachWorker(images: n) { worker, images in
                let columns = UnsafeMutablePointer<Float>.allocate(capacity: rows * pixels)
                defer { columns.deallocate() }
                let dW = partial + worker * (c * rows + k), dB = dW + c * rows
                for image in images {
                    let gradient = dy + image * k * plane
                    im2col(gradient, g, into: columns, rowStride: pixels)
                    // ∂X = W ∂columns: [c, k·kh·kw] · [k·kh·kw, h·w].
                    sgemm(false, false, m: c, n: pixels, k: rows, w, lda: rows, columns, ldb: pixels,
                          beta: 0, dxs + image * c * pixels, ldc: pixels)
                    // ∂W += X ∂columnsᵀ: [c, h·w] · [h·w, k·kh·kw].
                    sgemm(false, true, m: c, n: rows, k: pixels, x + image * c * pixels, lda: pixels, columns, ldb: pixels,
                          beta: 1, dW, ldc: rows)
                    for o in 0..<k { dB[o] += sumOfRow(gradient + o * plane, count: plane) }
                }
            }
        }
    }
    let total = partials.sum(alongAxis: 0)
    return (dx, Tensor(shape: kernel.shape, scalars: Array(total.scalars[0..<(c * rows)])),
            Tensor(shape: [k], scalars: Array(total.scalars[(c * rows)...])))
}
