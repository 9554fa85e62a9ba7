// Looking inside a network: the output of every layer for one batch.

extension Sequential {
    /// The output of each layer for `input`, in order (the last is the network's output).
    public func layerOutputs(_ input: Tensor) -> [Tensor] {
        var outputs: [Tensor] = []
        var x = input
        for layer in layers {
            x = layer.forward(x)
            outputs.append(x)
        }
        return outputs
    }
}

/// The standard deviation of all elements.
public func standardDeviation(_ t: Tensor) -> Float {
    (t - t.mean()).squared().mean().squareRoot()
}
