// The chapter's pictures: filters, feature maps and learning curves.
import ConvolutionalNetworks
import Gnuplot

/// The kernels of a first layer [k, 1, kh, kw] as images, on one colour scale (white is 0).
func filterGrid(_ kernels: Tensor, title: String) -> ImageGrid {
    ImageGrid.filters(title: title, count: kernels.shape[0], rows: kernels.shape[2], columns: kernels.shape[3],
                      values: kernels.scalars)
}

/// One image, then the first eight channels after each convolution (with its ReLU) and each
/// pooling of the CNN (`outputs` are its layer outputs: conv1, ReLU, pool, conv2, ReLU, pool, …), each channel
/// on its own grey scale (white the largest), as the network sees them.
func featureMaps(_ outputs: [Tensor], image: Tensor, className: String) -> ImageGrid {
    func channel(_ tensor: Tensor, _ c: Int, _ title: String) -> ImageGrid.Image {
        let (h, w) = (tensor.shape[2], tensor.shape[3])
        return ImageGrid.Image(title: title, rows: h, columns: w,
                               values: (0..<(h * w)).map { Double(tensor[flat: c * h * w + $0]) })
    }
    var images = [channel(image, 0, "input: \(className)")]
    images += Array(repeating: ImageGrid.Image(rows: 1, columns: 1, values: [0]), count: 7)
    for stage in [(1, "conv1+ReLU"), (2, "pool1"), (4, "conv2+ReLU"), (5, "pool2")] {
        images += (0..<8).map { channel(outputs[stage.0], $0, "\(stage.1) ch \($0)") }
    }
    return ImageGrid(title: "One test image and 8 channels after each stage of the CNN", columns: 8,
                     palette: .grey, colorRange: .perImage, images: images)
}

