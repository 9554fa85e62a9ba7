// Layers written one after another that one layer computes in a single pass (chapter 10,
// section 6). A network is written as the notes draw it, conv → ReLU → pool; `Sequential` asks
// the convolution whether it can take over what follows (`FusesFollowingLayers`), and runs a
// `FusedLayers` in their place: the fast path of one `Conv2D` that applies the ReLU and pools as
// it writes, sharing the parameters of the layer as written. With the fast paths off
// (`--reference`), the layers as written run one after another.

/// The layers `parts` as written, computed by `fused` in one pass while the first part takes
/// its fast path, and part by part otherwise.
public final class FusedLayers: Layer {
    /// The layers as the network was written.
    public let parts: [any Layer]
    /// One layer with their numbers, sharing the first part's parameters and state.
    public let fused: any FastPathLayer
    /// Whether the last forward pass ran `fused`, so that its backward pass does too.
    private var ranFused = false

    package init(parts: [any Layer], fused: any FastPathLayer) {
        self.parts = parts
        self.fused = fused
    }

    public func forward(_ input: Tensor) -> Tensor {
        ranFused = (parts[0] as? any FastPathLayer)?.usesFastPath ?? false
        guard ranFused else { return parts.reduce(input) { x, layer in layer.forward(x) } }
        fused.usesFastPath = true
        return fused.forward(input)
    }

    public func backward(_ outputGradient: Tensor) -> Tensor {
        guard !ranFused else { return fused.backward(outputGradient) }
        return parts.reversed().reduce(outputGradient) { gradient, layer in layer.backward(gradient) }
    }

    public func backwardParametersOnly(_ outputGradient: Tensor) {
        guard !ranFused else { return fused.backwardParametersOnly(outputGradient) }
        let gradient = parts.dropFirst().reversed().reduce(outputGradient) { gradient, layer in layer.backward(gradient) }
        parts[0].backwardParametersOnly(gradient)
    }

    public var parameters: [Parameter] { parts.flatMap(\.parameters) }
    public var state: [LayerState] { parts.flatMap(\.state) }

    public func setMode(_ mode: Mode) {
        for part in parts { part.setMode(mode) }
        fused.setMode(mode)
    }

    public var description: String { parts.map(\.description).joined(separator: " → ") }
}

/// How many of `following` a layer that applies a ReLU and then 2 × 2 max pooling itself can
/// take over: a `ReLU` (required), then a `MaxPool2D` of 2 × 2 windows at stride 2 if one follows.
/// Only the engine's own layers are taken over: a learner's pooling (`--mine`) runs as written.
package func reluAndPooling(in following: ArraySlice<any Layer>) -> (relu: Bool, pooled: Bool)? {
    guard let first = following.first, type(of: first) == ReLU.self else { return nil }
    let next = following.dropFirst().first
    let pool = next.flatMap { $0 as? MaxPool2D }.map { $0.size == 2 && $0.stride == 2 && type(of: next!) == MaxPool2D.self }
    return (true, pool ?? false)
}

extension Conv2D: FusesFollowingLayers {
    /// Conv2D → ReLU (→ 2 × 2 max pooling) as one `Conv2D` that applies the ReLU and pools its
    /// output as it writes it, sharing this layer's weight and bias.
    public func fused(with following: ArraySlice<any Layer>) -> (layer: any Layer, count: Int)? {
        guard !followedByReLU && !maxPooled, let (_, pooled) = reluAndPooling(in: following) else { return nil }
        let count = pooled ? 2 : 1
        let fused = Conv2D(sharing: self, followedByReLU: true, maxPooled: pooled)
        return (FusedLayers(parts: [self] + following.prefix(count), fused: fused), count)
    }
}
