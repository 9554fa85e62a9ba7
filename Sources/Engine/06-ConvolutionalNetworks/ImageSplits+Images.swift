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
