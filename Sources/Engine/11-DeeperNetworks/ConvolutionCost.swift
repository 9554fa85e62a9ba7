// What a convolution costs and what it sees: the numbers behind VGG's choice of 3 × 3 kernels
// and the 1 × 1 bottleneck (chapters/11-deeper-networks/README.md, sections 2 and 4).

/// A convolution layer's parameters and the multiply-adds of its forward pass for one image.
public struct ConvolutionCost: Equatable, Sendable {
    public var parameters: Int
    public var multiplyAdds: Int

    public init(parameters: Int, multiplyAdds: Int) {
        (self.parameters, self.multiplyAdds) = (parameters, multiplyAdds)
    }

    /// `outChannels` kernels of kernel × kernel over `inChannels` channels, producing an
    /// outputSize × outputSize plane each: k·c·kh·kw weights (+ k biases), and as many
    /// multiply-adds per output position.
    public init(inChannels: Int, outChannels: Int, kernel: Int, outputSize: Int, bias: Bool = true) {
        let weights = outChannels * inChannels * kernel * kernel
        self.init(parameters: weights + (bias ? outChannels : 0), multiplyAdds: weights * outputSize * outputSize)
    }

    /// Two layers' costs together.
    public static func + (a: ConvolutionCost, b: ConvolutionCost) -> ConvolutionCost {
        ConvolutionCost(parameters: a.parameters + b.parameters, multiplyAdds: a.multiplyAdds + b.multiplyAdds)
    }
}

/// The size of a convolution's or pooling's output along one side: ⌊(n + 2p − k) / s⌋ + 1.
public func convolutionOutputSize(_ size: Int, kernel: Int, stride: Int = 1, padding: Int = 0) -> Int {
    require(kernel > 0 && stride > 0 && padding >= 0 && size + 2 * padding >= kernel,
            "convolutionOutputSize: a kernel of \(kernel) does not fit \(size) + 2 × \(padding) (stride \(stride))")
    return (size + 2 * padding - kernel) / stride + 1
}

/// How many input pixels along one side one output of a stack of layers depends on, each layer
/// a (kernel, stride), first layer first: r = 1 + Σᵢ (kᵢ − 1) · Πⱼ<ᵢ sⱼ.
public func receptiveField(_ layers: [(kernel: Int, stride: Int)]) -> Int {
    var field = 1, jump = 1
    for layer in layers {
        require(layer.kernel > 0 && layer.stride > 0, "receptiveField: needs positive kernels and strides, got \(layer)")
        field += (layer.kernel - 1) * jump
        jump *= layer.stride
    }
    return field
}
