// The convolution a few images at a time (chapters/10-making-it-fast/README.md, sections 4 and 6):
// the patches of `imagesPerChunk` images side by side in one matrix, one product with the
// kernel, and the bias (and the ReLU, when fused) applied as the product's result is written
// into the output. Exercises 10.2 and 10.3; `Conv2D`'s fast path does the same with raw pointers.
//
// Shapes: input [n, c, h, w], weight [k, c, kh, kw], bias [k] → output [n, k, oh, ow] (stride 1,
// no padding).

/// The convolution of `input` by `weight`, plus `bias`, computed `imagesPerChunk` images per
/// matrix product; with `fusedReLU`, max(0, ·) of it, applied as each value is written.
public func convolutionInChunks(_ input: Tensor, weight: Tensor, bias: Tensor, imagesPerChunk: Int,
                                fusedReLU: Bool = false) -> Tensor {
    require(input.rank == 4 && weight.rank == 4 && input.shape[1] == weight.shape[1] && bias.shape == [weight.shape[0]],
            "convolutionInChunks: needs input [n, c, h, w], weight [k, c, kh, kw] and bias [k], got "
            + "\(input.shape), \(weight.shape) and \(bias.shape)")
    require(imagesPerChunk > 0, "convolutionInChunks: imagesPerChunk must be at least 1, got \(imagesPerChunk)")
    let (n, k, kh, kw) = (input.shape[0], weight.shape[0], weight.shape[2], weight.shape[3])
    let g = ConvolutionGeometry(input: input.shape, kernelHeight: kh, kernelWidth: kw, stride: 1, padding: 0,
                                layer: "convolutionInChunks")
    let pixels = g.outputPixels
    let kernel = weight.reshaped([k, g.patchSize])
    let b = bias.scalars
    var output = [Float](repeating: 0, count: n * k * pixels)
    for first in stride(from: 0, to: n, by: imagesPerChunk) {
        let images = first..<min(first + imagesPerChunk, n)
        // The chunk's patches [c·kh·kw, images·oh·ow]: image i's columns follow image i − 1's.
        var patches = [Float](repeating: 0, count: g.patchSize * images.count * pixels)
        for (slot, image) in images.enumerated() {
            let columns = input.im2col(image: image, kernelHeight: kh, kernelWidth: kw).scalars
            for row in 0..<g.patchSize {
                for q in 0..<pixels {
                    patches[row * images.count * pixels + slot * pixels + q] = columns[row * pixels + q]
                }
            }
        }
        // One product for the whole chunk: [k, c·kh·kw] · [c·kh·kw, images·oh·ow].
        let product = matmul(kernel, Tensor(shape: [g.patchSize, images.count * pixels], scalars: patches)).scalars
        // Row o of the product holds channel o of every image in the chunk, image after image.
        for (slot, image) in images.enumerated() {
            for o in 0..<k {
                for q in 0..<pixels {
                    let value = product[o * images.count * pixels + slot * pixels + q] + b[o]
                    output[(image * k + o) * pixels + q] = fusedReLU ? max(0, value) : value
                }
            }
        }
    }
    return Tensor(shape: [n, k, g.outputHeight, g.outputWidth], scalars: output)
}
