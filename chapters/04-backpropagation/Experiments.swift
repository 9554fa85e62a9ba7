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

/// ‖∂L/∂W‖ of every Linear layer of a `depth`-layer network of `width` units (the input
/// layer first), for one batch: the loss is the cross-entropy of the last layer's logits.
func gradientNormsPerLayer(depth: Int, width: Int, layers maker: LayerMaker, activation: () -> any Layer,
                           batch: Dataset, using generator: inout SeededGenerator) -> [Float] {
    var layers: [any Layer] = [maker.linear(batch.inputs.shape[1], width, using: &generator), activation()]
    for _ in 1..<(depth - 1) { layers += [maker.linear(width, width, using: &generator), activation()] }
    layers.append(maker.linear(width, 10, using: &generator))
    let network = Sequential(layers)
    let (_, gradient) = softmaxCrossEntropy(logits: network.forward(batch.inputs), labels: batch.targets)
    network.backward(gradient)
    // Each linear layer's weight is its first parameter, a matrix.
    return network.parameters.filter { $0.value.rank == 2 }.map { $0.gradient.squared().sum().squareRoot() }
}
