// Occlusion sensitivity (Zeiler and Fergus 2014): hide one square of the image behind a grey
// mask, and see how much the probability of the class falls. Slid over every position, the
// falls make a map of where the network looks, measured rather than derived: no gradient, only
// forward passes, the masked copies of one image sent as one batch. Section 1 of
// chapters/12-looking-inside/README.md.
//
// Shapes: image x [c, h, w]; a mask of m × m at stride s has p = (h − m) / s + 1 rows of
// positions and q = (w − m) / s + 1 columns; the map is [p, q].

/// A square mask slid over an image.
public struct OcclusionMask: Sendable, Equatable {
    /// The side of the square, in pixels.
    public var size: Int
    /// How far it moves between positions, in pixels.
    public var stride: Int
    /// The value the hidden pixels take.
    public var fill: Float

    public init(size: Int, stride: Int = 1, fill: Float) {
        (self.size, self.stride, self.fill) = (size, stride, fill)
    }

    /// The rows and columns of positions on an image of `height` × `width`, or nil when the mask
    /// does not fit (larger than the image) or the stride is not positive.
    public func positions(height: Int, width: Int) -> (rows: Int, columns: Int)? {
        guard size >= 1 && stride >= 1 && size <= height && size <= width else { return nil }
        return ((height - size) / stride + 1, (width - size) / stride + 1)
    }

    /// The copies of `image` [c, h, w], one per position, row by row: [p·q, c, h, w].
    public func maskedCopies(of image: Tensor) -> Tensor {
        let (c, h, w) = (image.shape[0], image.shape[1], image.shape[2])
        guard let (p, q) = positions(height: h, width: w) else {
            fatalError("OcclusionMask: a \(size) × \(size) mask at stride \(stride) does not fit a \(h) × \(w) image")
        }
        var copies = [Float]()
        copies.reserveCapacity(p * q * image.count)
        for row in 0..<p {
            for column in 0..<q {
                var copy = image.scalars
                for ch in 0..<c {
                    for u in (row * stride)..<(row * stride + size) {
                        for v in (column * stride)..<(column * stride + size) { copy[(ch * h + u) * w + v] = fill }
                    }
                }
                copies += copy
            }
        }
        return Tensor(shape: [p * q, c, h, w], scalars: copies)
    }
}

extension Sequential {
    /// The probability of class `label` for `image` [c, h, w] as it is, and with `mask` at each
    /// position: [p, q], entry (r, t) for the mask's top-left corner at (r·s, t·s).
    public func occlusionMap(_ image: Tensor, label: Int, mask: OcclusionMask) -> (unmasked: Float, map: Tensor) {
        require(image.rank == 3, "occlusionMap: needs one image [c, h, w], got \(image.shape)")
        guard let (p, q) = mask.positions(height: image.shape[1], width: image.shape[2]) else {
            fatalError("occlusionMap: a \(mask.size) × \(mask.size) mask at stride \(mask.stride) does not fit a "
                       + "\(image.shape[1]) × \(image.shape[2]) image")
        }
        let unmasked = softmax(scores(image.reshaped([1] + image.shape)))[0, label]
        let probabilities = softmax(scores(mask.maskedCopies(of: image), batchSize: 256))
        return (unmasked, Tensor(shape: [p, q], scalars: (0..<(p * q)).map { probabilities[$0, label] }))
    }
}
