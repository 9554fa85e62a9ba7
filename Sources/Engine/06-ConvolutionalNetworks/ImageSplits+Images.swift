// Datasets of images as a convolutional network reads them: [n, 1, h, w].

extension ImageSplits {
    /// The same splits with every image as one channel of rows × columns: inputs [n, 1, h, w]
    /// (NCHW) instead of [n, h·w]. The values and their order do not change.
    public var asImages: ImageSplits {
        func images(_ data: Dataset) -> Dataset {
            Dataset(inputs: data.inputs.reshaped([data.count, 1, imageRows, imageColumns]), targets: data.targets)
        }
        var result = self
        (result.train, result.validation, result.test) = (images(train), images(validation), images(test))
        return result
    }
}

extension Tensor {
    /// The images [n, c, h, w] moved `columns` pixels to the right (left when negative), zeros
    /// filling the columns uncovered: the translation a convolutional network should shrug off.
    public func shiftedRight(by columns: Int) -> Tensor {
        require(rank == 4, "shiftedRight: needs images [n, c, h, w], got shape \(shape)")
        let (planes, h, w) = (shape[0] * shape[1], shape[2], shape[3])
        var result = Tensor.zeros(shape)
        withUnsafeScalars { source in
            result.withUnsafeMutableScalars { target in
                for plane in 0..<planes {
                    for row in 0..<h {
                        let base = plane * h * w + row * w
                        for column in Swift.max(0, columns)..<Swift.min(w, w + columns) {
                            target[base + column] = source[base + column - columns]
                        }
                    }
                }
            }
        }
        return result
    }
}
