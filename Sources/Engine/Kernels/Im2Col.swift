// im2col and col2im on raw storage: the fast path's unrolling of one image's patches into the
// columns of a matrix, and its adjoint. The same entries as the readable `im2colTensor` and
// `col2imTensor` (chapters/06-convnets/README.md, section 4), copied in runs of one output row
// with nothing tested per pixel (chapters/10-making-it-fast/README.md, section 4).
//
// Shapes, for one image x [c, h, w] and a kh × kw window: columns [c·kh·kw, oh·ow], where
// row (ch·kh + u)·kw + v and column i·ow + j hold x[ch, i·s + u − p, j·s + v − p] (0 in
// the padding).
import Tensors

/// The im2col matrix [c·kh·kw, oh·ow] of image `index` of the images [n, c, h, w].
package func im2colMatrix(of images: Tensor, image index: Int, _ g: ConvolutionGeometry) -> Tensor {
    var columns = Tensor.zeros([g.patchSize, g.outputPixels])
    images.withUnsafeScalars { source in
        columns.withUnsafeMutableScalars { target in
            im2col(source.baseAddress! + index * g.channels * g.inputPixels, g,
                   into: target.baseAddress!, rowStride: g.outputPixels)
        }
    }
    return columns
}

/// Writes the patches of the image at `image` (c·h·w values) into the c·kh·kw rows of
/// `columns`, oh·ow values each, rows `rowStride` apart (oh·ow for one image alone; more
/// when several images' columns sit side by side), every entry, padding zeros included.
@inline(__always)
package func im2col(_ image: UnsafePointer<Float>, _ g: ConvolutionGeometry, into columns: UnsafeMutablePointer<Float>,
            rowStride: Int) {
    let (oh, ow, s, w) = (g.outputHeight, g.outputWidth, g.stride, g.width)
    var row = 0
    for ch in 0..<g.channels {
        let plane = image + ch * g.inputPixels
        for u in 0..<g.kernelHeight {
            let rows = g.validOutputs(kernelOffset: u, inputLength: g.height, outputLength: oh)
            for v in 0..<g.kernelWidth {
                let valid = g.validOutputs(kernelOffset: v, inputLength: w, outputLength: ow)
                let target = columns + row * rowStride
                // Output (i, j) reads input (i·s + u − p, j·s + v − p): `from` is that pixel for
                // (i, 0), so the loops below only step, and test nothing per pixel.
                for i in 0..<oh {
                    let out = target + i &* ow
                    guard rows.contains(i) else {
                        for j in 0..<ow { out[j] = 0 }
                        continue
                    }
                    let inputRow: Int = i &* s &+ u &- g.padding
                    let from = plane + (inputRow &* w &+ v &- g.padding)
                    for j in 0..<valid.lowerBound { out[j] = 0 }
                    if s == 1 {
                        for j in valid { out[j] = from[j] }
                    } else {
                        for j in valid { out[j] = from[j &* s] }
                    }
                    for j in valid.upperBound..<ow { out[j] = 0 }
                }
                row += 1
            }
        }
    }
}

/// Adds every entry of `columns` (rows `rowStride` apart) back to the image pixel it was
/// copied from: the adjoint of `im2col`, which turns ∂L/∂columns into ∂L/∂image. `image`
/// must start at zero; a pixel in several patches collects the sum of their gradients.
@inline(__always)
package func col2im(_ columns: UnsafePointer<Float>, _ g: ConvolutionGeometry, into image: UnsafeMutablePointer<Float>,
            rowStride: Int) {
    let (oh, ow, s, w) = (g.outputHeight, g.outputWidth, g.stride, g.width)
    var row = 0
    for ch in 0..<g.channels {
        let plane = image + ch * g.inputPixels
        for u in 0..<g.kernelHeight {
            let rows = g.validOutputs(kernelOffset: u, inputLength: g.height, outputLength: oh)
            for v in 0..<g.kernelWidth {
                let valid = g.validOutputs(kernelOffset: v, inputLength: w, outputLength: ow)
                let source = columns + row * rowStride
                // The same pixels as im2col's, added back; the padding's entries go nowhere.
                for i in rows {
                    let from = source + i &* ow
                    let inputRow: Int = i &* s &+ u &- g.padding
                    let to = plane + (inputRow &* w &+ v &- g.padding)
                    if s == 1 {
                        for j in valid { to[j] += from[j] }
                    } else {
                        for j in valid { to[j &* s] += from[j] }
                    }
                }
                row += 1
            }
        }
    }
}
