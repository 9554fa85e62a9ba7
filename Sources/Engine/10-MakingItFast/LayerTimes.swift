// Where a training step's time goes, layer by layer (chapters/10-making-it-fast/README.md,
// section 1: a profile says where to look; only alternated pairs say whether a change helped).

/// The seconds one layer of a network, as it runs, took in one training step's forward and
/// backward pass: one written layer, or several fused into one (`layers` holds their indices).
public struct LayerTime: Sendable {
    public let layers: Range<Int>
    public let forward: Double
    public let backward: Double
}

/// The median seconds each layer of `network`, as it runs (`layersAsRun`: conv → ReLU → pool
/// fused into one while the fast paths are on, layer by layer when they are off), spends on `input` in `repeats` training steps:
/// forward through every layer, then backward from the gradient of the softmax cross-entropy
/// against `labels`, each layer timed apart.
public func layerTimes(of network: Sequential, input: Tensor, labels: Tensor, repeats: Int = 5) -> [LayerTime] {
    // A fused layer whose fast path is off runs its parts one by one: time them one by one.
    let layers = network.layersAsRun.flatMap { layer -> [any Layer] in
        guard let fused = layer as? FusedLayers, (fused.parts[0] as? any FastPathLayer)?.usesFastPath == false else { return [layer] }
        return fused.parts
    }
    var forward = [[Double]](repeating: [], count: layers.count)
    var backward = [[Double]](repeating: [], count: layers.count)
    for _ in 0..<max(repeats, 1) {
        var x = input
        for (index, layer) in layers.enumerated() {
            let start = ContinuousClock.now
            x = layer.forward(x)
            forward[index].append(secondsSince(start))
        }
        var gradient = softmaxCrossEntropy(logits: x, labels: labels).gradient
        for index in layers.indices.reversed() {
            let start = ContinuousClock.now
            gradient = layers[index].backward(gradient)
            backward[index].append(secondsSince(start))
        }
    }
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    var first = 0
    return layers.indices.map { index in
        let count = (layers[index] as? FusedLayers)?.parts.count ?? 1
        defer { first += count }
        return LayerTime(layers: first..<(first + count), forward: median(forward[index]), backward: median(backward[index]))
    }
}
