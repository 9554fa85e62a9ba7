// im2col: one image's patches unrolled into the columns of a matrix, so that a whole
// convolution becomes one matrix product; and col2im, its adjoint, for the backward pass.
// Picture and derivation: chapters/06-convnets/README.md, section 4. Written here as the
// definition; the fast path's copies on raw storage are the kernels floor's.
//
// Shapes, for one image x [c, h, w] and a kh × kw window: columns [c·kh·kw, oh·ow], where
// row (ch·kh + u)·kw + v and column i·ow + j hold x[ch, i·s + u − p, j·s + v − p] (0 in
// the padding). A kernel W [k, c, kh, kw] read as a matrix [k, c·kh·kw] then gives the
// output as W · columns = y [k, oh·ow].
import Kernels

/// Calls `body(entry, pixel)` for every entry of one image's columns X [c·kh·kw, oh·ow] that
/// reads a pixel of the image x [c, h, w] rather than the padding: X[(ch·kh + u)·kw + v, i·ow + j]
/// is x[ch, i·s + u − p, j·s + v − p], given as flat indices into the two.
func forEachPatchEntry(_ g: ConvolutionGeometry, _ body: (_ entry: Int, _ pixel: Int) -> Void) {
    let (oh, ow, s, p) = (g.outputHeight, g.outputWidth, g.stride, g.padding)
    for ch in 0..<g.channels {
        for u in 0..<g.kernelHeight {
            for v in 0..<g.kernelWidth {
                let row = (ch * g.kernelHeight + u) * g.kernelWidth + v
                for i in 0..<oh {
                    for j in 0..<ow {
                        let (r, q) = (i * s + u - p, j * s + v - p)
                        guard r >= 0 && r < g.height && q >= 0 && q < g.width else { continue }
                        body(row * oh * ow + i * ow + j, (ch * g.height + r) * g.width + q)
                    }
                }
            }
        }
    }
}

/// im2col written as its definition, for Conv2D's readable path: one image x [c, h, w] → the
/// columns X [c·kh·kw, oh·ow], 0 in the padding. The fast path's, on raw storage, is the kernels floor's
/// (Sources/Engine/Kernels/Im2Col.swift).
func im2colTensor(_ image: Tensor, _ g: ConvolutionGeometry) -> Tensor {
    let x = image.scalars
    var columns = [Float](repeating: 0, count: g.patchSize * g.outputPixels)
    forEachPatchEntry(g) { entry, pixel in columns[entry] = x[pixel] }
    return Tensor(shape: [g.patchSize, g.outputPixels], scalars: columns)
}

/// col2im written as its definition, the adjoint of `im2colTensor`: ∂L/∂X [c·kh·kw, oh·ow] →
/// ∂L/∂x [c, h, w], each entry added back to the pixel it was copied from (a pixel in several
/// patches collects the sum of their gradients; the padding's entries go nowhere).
func col2imTensor(_ columns: Tensor, _ g: ConvolutionGeometry) -> Tensor {
    let dX = columns.scalars
    var image = [Float](repeating: 0, count: g.channels * g.inputPixels)
    forEachPatchEntry(g) { entry, pixel in image[pixel] += dX[entry] }
    return Tensor(shape: [g.channels, g.height, g.width], scalars: image)
}

extension Tensor {
    /// The im2col matrix [c·kh·kw, oh·ow] of image `index` of the images [n, c, h, w]: the
    /// layout `Conv2D` multiplies by its kernel.
    public func im2col(image index: Int, kernelHeight: Int, kernelWidth: Int, stride: Int = 1, padding: Int = 0) -> Tensor {
        let g = ConvolutionGeometry(input: shape, kernelHeight: kernelHeight, kernelWidth: kernelWidth,
                                    stride: stride, padding: padding, layer: "im2col")
        require(index >= 0 && index < shape[0], "im2col: image \(index) out of range 0..<\(shape[0])")
        return im2colMatrix(of: self, image: index, g)
    }
}
