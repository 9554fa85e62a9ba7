import Backpropagation
import Testing

@Suite("Layers and backpropagation")
struct BackpropagationTests {
    /// Inputs at least 0.25 away from 0, where ReLU, leaky ReLU and ELU have their kink.
    static func input(_ shape: [Int], seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal(shape, using: &generator).map { $0 >= 0 ? $0 + 0.25 : $0 - 0.25 }
    }

    static func activation(_ index: Int) -> any Layer {
        [Sigmoid(), Tanh(), ReLU(), LeakyReLU(), ELU(), Softplus()][index]
    }

    @Test("every activation's backward matches finite differences", arguments: 0..<6)
    func activation(index: Int) {
        let layer = Self.activation(index)
        var generator = SeededGenerator(seed: 40)
        for report in checkLayerGradients(layer, input: Self.input([4, 5], seed: 41), using: &generator) {
            #expect(report.comparison.passes(), "\(layer.description) \(report)")
        }
    }

    @Test("activations compute their formulas")
    func activationValues() {
        let x = Tensor([-2, 0.5])
        #expect(ReLU().forward(x) == Tensor([0, 0.5]))
        #expect(LeakyReLU().forward(x) == Tensor([-0.02, 0.5]))
        #expect(abs(ELU().forward(x) - Tensor([-0.8646647, 0.5])).max() < 1e-6)
        #expect(abs(Softplus().forward(x) - Tensor([0.126928, 0.974077])).max() < 1e-5)
        #expect(abs(Sigmoid().forward(x) - Tensor([0.1192029, 0.6224593])).max() < 1e-6)
    }

    @Test("Linear's backward matches finite differences for the input, the weights and the bias")
    func linear() {
        var generator = SeededGenerator(seed: 42)
        let layer = Linear(5, 3, using: &generator)
        let reports = checkLayerGradients(layer, input: Self.input([4, 5], seed: 43), using: &generator)
        #expect(reports.map(\.name) == ["input", "linear.weight", "linear.bias"])
        for report in reports { #expect(report.comparison.passes(), "\(report)") }
    }

    /// A small network with every kind of layer, and an input away from the kinks.
    static func network(using generator: inout SeededGenerator) -> Sequential {
        Sequential([Linear(4, 6, name: "fc1", using: &generator), Tanh(),
                    Linear(6, 5, name: "fc2", using: &generator), Softplus(),
                    Linear(5, 3, name: "fc3", using: &generator)])
    }

    @Test("a whole network's gradients match finite differences")
    func wholeNetwork() {
        var generator = SeededGenerator(seed: 44)
        let network = Self.network(using: &generator)
        for report in checkLayerGradients(network, input: Self.input([3, 4], seed: 45), using: &generator) {
            #expect(report.comparison.passes(), "\(report)")
        }
    }

    @Test("a 1 % error in any gradient entry above 0.002 fails the network check")
    func plantedError() {
        var generator = SeededGenerator(seed: 46)
        let network = Self.network(using: &generator)
        let input = Self.input([3, 4], seed: 47)
        let weight = (network.layers[2] as! Linear).weight
        var projection = SeededGenerator(seed: 99)
        _ = checkLayerGradients(network, input: input, using: &projection)
        let correct = weight.gradient
        // The numerical gradient of fc2's weights, as the checker computes it.
        projection = SeededGenerator(seed: 99)
        let output = network.forward(input)
        let r = Tensor.normal(output.shape, using: &projection)
        let numerical = numericalGradient(of: { w -> Double in
            weight.value = w
            return zip(network.forward(input).scalars, r.scalars).reduce(0) { $0 + Double($1.0) * Double($1.1) }
        }, at: weight.value)
        #expect(compareGradients(analytic: correct, numerical: numerical, floor: 1e-2).passes())
        var checked = 0
        for i in 0..<correct.count where Swift.abs(correct[flat: i]) > 0.002 {
            var wrong = correct
            wrong[flat: i] *= 1.01
            #expect(!compareGradients(analytic: wrong, numerical: numerical, floor: 1e-2).passes(), "entry \(i) slipped through")
            checked += 1
        }
        #expect(checked >= correct.count * 3 / 4, "most entries should be above 0.002")
    }

    @Test("a 2-2-1 network learns XOR")
    func xor() {
        var generator = SeededGenerator(seed: 3)
        let network = Sequential([Linear(2, 2, using: &generator), Tanh(), Linear(2, 1, using: &generator)])
        let table = LogicGate.xor.truthTable
        let labels = table.labels.map { $0 > 0 ? 1 : 0 }
        for _ in 0..<3000 {
            let scores = network.forward(table.inputs).reshaped([4])
            network.backwardParametersOnly(binaryCrossEntropyGradient(scores: scores, labels: labels).reshaped([4, 1]))
            network.descend(learningRate: 0.5)
        }
        let predicted = network.forward(table.inputs).reshaped([4]).map { $0 > 0 ? 1 : 0 }
        #expect(predicted == labels, "XOR predictions \(predicted) for labels \(labels)")
    }

    @Test("backward before forward stops with a clear message")
    func backwardFirst() async throws {
        let result = try #require(await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
            _ = ReLU().backward(Tensor([1, 2]))
        })
        #expect(String(decoding: result.standardErrorContent, as: UTF8.self).contains("call forward first"))
    }
}
