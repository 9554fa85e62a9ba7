// Chapter 04's small experiments: XOR and the gradient norms of a deep network.
import Backpropagation
import CourseRuntime
import Foundation

/// A 2-2-1 network trained on XOR by full-batch gradient descent on the binary
/// cross-entropy of its single output logit. About two thirds of random starts stall on a
/// plateau or saddle with two corners wrong, so a stuck run is restarted from new random
/// weights, up to `attempts` times. Returns the network, the losses of its run, and the
/// number of starts it took.
func trainXOR(steps: Int, attempts: Int = 10, layers: LayerMaker,
              using generator: inout SeededGenerator) -> (network: Sequential, losses: [Float], starts: Int) {
    let table = LogicGate.xor.truthTable
    let labels = table.labels.map { $0 > 0 ? 1 : 0 }
    var result: (Sequential, [Float], Int)?
    for start in 1...attempts {
        let network = Sequential([layers.linear(2, 2, name: "hidden", using: &generator), layers.tanh(),
                                  layers.linear(2, 1, name: "output", using: &generator)])
        var losses: [Float] = []
        for _ in 0..<steps {
            let scores = network.forward(table.inputs).reshaped([4])
            losses.append(binaryCrossEntropy(scores: scores, labels: labels))
            network.backwardParametersOnly(binaryCrossEntropyGradient(scores: scores, labels: labels).reshaped([4, 1]))
            network.descend(learningRate: 0.5)
        }
        result = (network, losses, start)
        let predicted = network.forward(table.inputs).reshaped([4]).map { $0 > 0 ? 1 : 0 }
        let wrong = (0..<4).filter { predicted[$0] != labels[$0] }.count
        if wrong == 0 { break }
        print("   start \(start): stuck on a plateau at loss \(NumberFormat.fixed(losses.last!, decimals: 4)) "
              + "with \(wrong) corner\(wrong == 1 ? "" : "s") wrong; starting again from new random weights")
    }
    return result!
}

/// The gradient norms of a deep network on one batch, the layer nearest the input first.
struct LayerGradientNorms {
    /// ‖∂L/∂Wₗ‖ of each linear layer's weights.
    var weights: [Float]
    /// ‖∂L/∂hₗ‖ of each hidden layer's output hₗ = f(hₗ₋₁ Wₗ + bₗ).
    var hidden: [Float]
}

/// The gradient norms of a `depth`-layer network of `width` units for one batch: the loss is
/// the cross-entropy of the last layer's logits. `linear` makes each layer (its initialisation
/// is the experiment), `activation` each nonlinearity.
func gradientNormsPerLayer(depth: Int, width: Int, linear: (Int, Int, inout SeededGenerator) -> any Layer,
                           activation: () -> any Layer, batch: Dataset,
                           using generator: inout SeededGenerator) -> LayerGradientNorms {
    var layers: [any Layer] = [linear(batch.inputs.shape[1], width, &generator), activation()]
    for _ in 1..<(depth - 1) { layers += [linear(width, width, &generator), activation()] }
    layers.append(linear(width, 10, &generator))
    let network = Sequential(layers)
    let (_, gradient) = softmaxCrossEntropy(logits: network.forward(batch.inputs), labels: batch.targets)
    // Backward by hand, one layer at a time, to see the gradient that reaches each hidden
    // output: the layers alternate linear, activation, …, linear, so an odd index is an
    // activation, and the gradient handed to it is ∂L/∂h of its output.
    var hidden: [Float] = []
    var current = gradient
    for (index, layer) in layers.enumerated().reversed() {
        if index % 2 == 1 { hidden.append(current.squared().sum().squareRoot()) }
        current = layer.backward(current)
    }
    // Each linear layer's weight is its first parameter, a matrix.
    return LayerGradientNorms(weights: network.parameters.filter { $0.value.rank == 2 }.map { $0.gradient.squared().sum().squareRoot() },
                              hidden: hidden.reversed())
}
