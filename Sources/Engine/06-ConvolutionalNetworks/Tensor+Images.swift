// What images in NCHW need from the tensor: zero padding, axis permutation and shifting.
//
// NCHW: [n images, c channels, h rows, w columns], PyTorch's convention, used at every
// layer's interface in this course.

extension Tensor {
    /// The images [n, c, h, w] with `padding` zeros added on every side: [n, c, h + 2p, w + 2p].
    public func zeroPadded(_ padding: Int) -> Tensor {
        require(rank == 4, "zeroPadded: needs images [n, c, h, w], got shape \(shape)")
        require(padding >= 0, "zeroPadded: the padding must be 0 or more, got \(padding)")
        let (n, c, h, w) = (shape[0], shape[1], shape[2], shape[3])
        let (ph, pw) = (h + 2 * padding, w + 2 * padding)
        let source = scalars
        var result = [Float](repeating: 0, count: n * c * ph * pw)
        for plane in 0..<(n * c) {
            for row in 0..<h {
                // Row `row` of the plane, moved `padding` rows down and `padding` columns right.
                let from = plane * h * w + row * w, to = plane * ph * pw + (row + padding) * pw + padding
                result[to..<(to + w)] = source[from..<(from + w)]
            }
        }
        return Tensor(shape: [n, c, ph, pw], scalars: result)
    }

    /// The tensor with its axes reordered: axis i of the result is axis `order[i]` of this
    /// one. `permuted([0, 2, 3, 1])` turns NCHW [n, c, h, w] into NHWC [n, h, w, c].
    public func permuted(_ order: [Int]) -> Tensor {
        require(order.sorted() == Array(0..<rank),
                     "permuted: \(order) is not an order of the \(rank) axes of shape \(shape)")
        let newShape = order.map { shape[$0] }
        // The stride, in this tensor, of each axis of the result.
        var strides = [Int](repeating: 1, count: rank)
        for axis in stride(from: rank - 2, through: 0, by: -1) { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        let sourceStrides = order.map { strides[$0] }
        let source = scalars
        var result = [Float](repeating: 0, count: count)
        var index = [Int](repeating: 0, count: rank)
        for flat in 0..<count {
            var offset = 0
            for axis in 0..<rank { offset += index[axis] * sourceStrides[axis] }
            result[flat] = source[offset]
            // The next index of the result, last axis fastest.
            var axis = rank - 1
            while axis >= 0 {
                index[axis] += 1
                if index[axis] < newShape[axis] { break }
                index[axis] = 0
                axis -= 1
            }
        }
        return Tensor(shape: newShape, scalars: result)
    }

    /// The images [n, c, h, w] moved `columns` pixels to the right (left when negative), zeros
    /// filling the columns uncovered: the translation a convolutional network should shrug off.
    public func shiftedRight(by columns: Int) -> Tensor {
        require(rank == 4, "shiftedRight: needs images [n, c, h, w], got shape \(shape)")
        let (planes, h, w) = (shape[0] * shape[1], shape[2], shape[3])
        let source = scalars
        var result = [Float](repeating: 0, count: count)
        for plane in 0..<planes {
            for row in 0..<h {
                let base = plane * h * w + row * w
                for column in Swift.max(0, columns)..<Swift.min(w, w + columns) {
                    result[base + column] = source[base + column - columns]
                }
            }
        }
        return Tensor(shape: shape, scalars: result)
    }
}
