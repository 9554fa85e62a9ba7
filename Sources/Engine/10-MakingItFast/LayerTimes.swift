// Where a training step's time goes, layer by layer (chapters/10-making-it-fast/README.md,
// section 1: a profile says where to look; only alternated pairs say whether a change helped).

/// The seconds one layer of a network took in one training step's forward and backward pass.
public struct LayerTime: Sendable {
    public let layer: String
    public let forward: Double
    public let backward: Double
}

/// The median seconds each layer of `network` spends on `input` in `repeats` training steps:
/// forward through every layer, then backward from the gradient of the softmax cross-entropy
/// against `labels`, each layer timed apart.
public func layerTimes(of network: Sequential, input: Tensor, labels: Tensor, repeats: Int = 5) -> [LayerTime] {
    let layers = network.layers
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
    return layers.indices.map { LayerTime(layer: layers[$0].description, forward: median(forward[$0]),
                                          backward: median(backward[$0])) }
}

/// Seconds on the clock since `start`.
public func secondsSince(_ start: ContinuousClock.Instant) -> Double {
    (ContinuousClock.now - start) / .seconds(1)
}
