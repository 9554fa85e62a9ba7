// im2row: im2col transposed, over an image stored channels last. Each output pixel's patch
// becomes a row, ordered (u, v, channel), so that one row of the kernel window, kw pixels of
// c channels, is kw·c values side by side in the image and in the row. Conv2D uses it when
// those runs are longer than im2col's, which copies runs of one output row (ow values): for
// conv2 of the benchmark, runs of 5·32 = 160 values instead of 8. Measured in chapter 10's notes, section 4.
//
// Shapes, for one image stored [h, w, c] and a kh × kw window: rows [oh·ow, kh·kw·c], where
// row i·ow + j, entry (u·kw + v)·c + ch holds x[ch, i·s + u − p, j·s + v − p] (0 in the
// padding). A kernel stored [k, kh, kw, c] then gives the output as kernel · rowsᵀ = [k, oh·ow].
import Tensors

/// Copies one image from [c, h·w] (channel-major) to [h·w, c] (channels last).
@inline(__always)
func channelsLast(_ image: UnsafePointer<Float>, channels: Int, pixels: Int, into target: UnsafeMutablePointer<Float>) {
    for ch in 0..<channels {
        let plane = image + ch &* pixels
        for q in 0..<pixels { target[q &* channels &+ ch] = plane[q] }
    }
}

/// Copies one image from [h·w, c] (channels last) back to [c, h·w].
@inline(__always)
func channelMajor(_ image: UnsafePointer<Float>, channels: Int, pixels: Int, into target: UnsafeMutablePointer<Float>) {
    for ch in 0..<channels {
        let plane = target + ch &* pixels
        for q in 0..<pixels { plane[q] = image[q &* channels &+ ch] }
    }
}

/// Writes the patch of every output pixel of the channels-last image at `image` into the
/// oh·ow rows of `rows`, kh·kw·c values each, every entry, padding zeros included.
@inline(__always)
func im2row(_ image: UnsafePointer<Float>, _ g: ConvolutionGeometry, into rows: UnsafeMutablePointer<Float>) {
    let (c, kw, s, p, w) = (g.channels, g.kernelWidth, g.stride, g.padding, g.width)
    let rowLength = kw &* c
    var out = rows
    for i in 0..<g.outputHeight {
        for j in 0..<g.outputWidth {
            // The window's columns inside the image, as a run of values of this patch row.
            let valid = g.validKernelColumns(outputColumn: j)
            let (first, end) = (valid.lowerBound &* c, valid.upperBound &* c)
            for u in 0..<g.kernelHeight {
                let inputRow = i &* s &+ u &- p
                if inputRow < 0 || inputRow >= g.height {
                    for e in 0..<rowLength { out[e] = 0 }
                } else {
                    let from = image + (inputRow &* w &+ j &* s &- p) &* c
                    for e in 0..<first { out[e] = 0 }
                    for e in first..<end { out[e] = from[e] }
                    for e in end..<rowLength { out[e] = 0 }
                }
                out += rowLength
            }
        }
    }
}

/// Adds every entry of `rows` back to the pixel of the channels-last image it was copied
/// from: the adjoint of `im2row`. `image` must start at zero.
@inline(__always)
func row2im(_ rows: UnsafePointer<Float>, _ g: ConvolutionGeometry, into image: UnsafeMutablePointer<Float>) {
    let (c, kw, s, p, w) = (g.channels, g.kernelWidth, g.stride, g.padding, g.width)
    let rowLength = kw &* c
    var from = rows
    for i in 0..<g.outputHeight {
        for j in 0..<g.outputWidth {
            let valid = g.validKernelColumns(outputColumn: j)
            let (first, end) = (valid.lowerBound &* c, valid.upperBound &* c)
            for u in 0..<g.kernelHeight {
                let inputRow = i &* s &+ u &- p
                if inputRow >= 0 && inputRow < g.height {
                    let to = image + (inputRow &* w &+ j &* s &- p) &* c
                    for e in first..<end { to[e] += from[e] }
                }
                from += rowLength
            }
        }
    }
}
