// `--mine`: the chapter's networks with your exercise 4 code as their backward passes.
// The forward passes stay the engine's; every gradient the demo trains on comes from
// your linearBackward, reluBackward, sigmoidBackward and tanhBackward.
import Backpropagation
import BackpropagationExercises
import ExerciseSupport

/// Makes the chapter's layers: the engine's, or with `mine` ones whose backward is yours.
struct LayerMaker {
    let mine: Bool

    /// The exercise parts `mine` runs.
    static let yours = YourParts(exercise: 4, parts: [("4.1", "Linear backward"), ("4.2", "ReLU backward"),
                                                      ("4.3", "sigmoid backward"), ("4.4", "tanh backward")],
                                 file: "exercises/04-backpropagation/BackpropagationExercise.swift")

    func linear(_ inputs: Int, _ outputs: Int, name: String = "linear", using generator: inout SeededGenerator) -> any Layer {
        let layer = Linear(inputs, outputs, name: name, using: &generator)
        return mine ? YourLinear(layer) : layer
    }

    /// A linear layer drawn from He's N(0, 2/fan-in) instead of the default U(±1/√fan-in):
    /// the initialisation chapter 05 derives, here to show what it does to the gradient.
    func heLinear(_ inputs: Int, _ outputs: Int, using generator: inout SeededGenerator) -> any Layer {
        let layer = Linear(weight: .normal([inputs, outputs], standardDeviation: (2 / Float(inputs)).squareRoot(),
                                           using: &generator),
                           bias: .zeros([outputs]), name: "linear")
        return mine ? YourLinear(layer) : layer
    }

    func relu() -> any Layer {
        mine ? YourActivation(ReLU()) { input, _, dy in BackpropagationExercise.reluBackward(input: input, outputGradient: dy) }
             : ReLU()
    }

    func sigmoid() -> any Layer {
        mine ? YourActivation(Sigmoid()) { _, output, dy in BackpropagationExercise.sigmoidBackward(output: output, outputGradient: dy) }
             : Sigmoid()
    }

    func tanh() -> any Layer {
        mine ? YourActivation(Tanh()) { _, output, dy in BackpropagationExercise.tanhBackward(output: output, outputGradient: dy) }
             : Tanh()
    }

    /// Stops before any work when one of the parts is still a stub, naming it and the
    /// command that checks it.
    func requireYourParts() throws {
        guard mine else { return }
        try Self.yours.requireImplemented(chapter: "chapter04") {
            let x = Tensor([[0.5, -1], [2, -0.25]]), w = Tensor([[1, 2], [3, 4]])
            _ = BackpropagationExercise.linearBackward(input: x, weight: w, outputGradient: x)
            _ = BackpropagationExercise.reluBackward(input: x, outputGradient: x)
            _ = BackpropagationExercise.sigmoidBackward(output: x, outputGradient: x)
            _ = BackpropagationExercise.tanhBackward(output: x, outputGradient: x)
        }
    }

    /// The line that says whose code runs.
    var announcement: String? { mine ? Self.yours.announcement : nil }
}

/// A linear layer whose backward pass is your `linearBackward` (part 4.1).
final class YourLinear: Layer {
    let engine: Linear
    private var input: Tensor?

    init(_ engine: Linear) { self.engine = engine }

    func forward(_ input: Tensor) -> Tensor {
        self.input = input
        return engine.forward(input)
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        guard let input else { preconditionFailure("\(description).backward: call forward first") }
        let gradients = BackpropagationExercise.linearBackward(input: input, weight: engine.weight.value,
                                                               outputGradient: outputGradient)
        engine.weight.gradient = gradients.weight
        engine.bias.gradient = gradients.bias
        return gradients.input
    }

    var parameters: [Parameter] { engine.parameters }
    var description: String { engine.description }
}

/// An activation computed by the engine, differentiated by your code: `yourBackward`
/// gets the input, the output and ∂L/∂y, and returns ∂L/∂x.
final class YourActivation: Layer {
    let engine: any Layer
    let yourBackward: (_ input: Tensor, _ output: Tensor, _ outputGradient: Tensor) -> Tensor
    private var input: Tensor?
    private var output: Tensor?

    init(_ engine: any Layer, backward: @escaping (Tensor, Tensor, Tensor) -> Tensor) {
        self.engine = engine
        yourBackward = backward
    }

    func forward(_ input: Tensor) -> Tensor {
        let output = engine.forward(input)
        (self.input, self.output) = (input, output)
        return output
    }

    func backward(_ outputGradient: Tensor) -> Tensor {
        guard let input, let output else { preconditionFailure("\(description).backward: call forward first") }
        return yourBackward(input, output, outputGradient)
    }

    var description: String { engine.description }
}
