// Reverse-mode automatic differentiation on the course's Tensor. Every chapter so far derived its
// layers' backward passes by hand; here the engine derives them. Each operation on a `Variable`
// computes its value at once and records, on the tape its inputs came from, which inputs it read
// and a closure that turns the gradient of its output into the gradients of its inputs: the
// chain rule, one local step per operation. `backward()` then visits the graph from the output
// back to the inputs, each node after every node that used it, and adds up what each node
// receives from each of its uses. Notes: chapters/14-automatic-differentiation/README.md.

/// The record of a computation: the variables made on it, each knowing its inputs and how to send
/// a gradient back to them. One backward pass spends it.
public final class Tape {
    /// Variables recorded so far, for their numbers in a printed graph.
    public private(set) var count = 0
    /// Whether `backward()` has run: the backward closures, and the tensors they kept, are gone.
    public private(set) var isSpent = false
    /// The numbers the tape holds until `backward()`: every recorded value, which the backward
    /// closures read. Reverse mode's price: the forward pass's intermediate results, all of them.
    public private(set) var heldScalars = 0

    public init() {}

    /// An input to differentiate with respect to: `backward()` gives it a gradient.
    public func variable(_ value: Tensor, name: String) -> Variable {
        record(value, operation: name, inputs: [], backward: nil)
    }

    /// An input that is not differentiated (data, labels, a fixed mask).
    public func constant(_ value: Tensor, name: String = "constant") -> Variable {
        record(value, operation: name, inputs: [], backward: nil, isConstant: true)
    }

    /// A new variable: `value`, computed by `operation` from `inputs`, whose gradients `backward`
    /// gives from the gradient of `value`, one per input, each of that input's shape.
    public func record(_ value: Tensor, operation: String, inputs: [Variable],
                       backward: ((_ outputGradient: Tensor) -> [Tensor])?, isConstant: Bool = false) -> Variable {
        require(!isSpent, "\(operation): this tape was spent by backward(), which let go of what its operations kept; "
                + "record the computation again on a new Tape")
        require(inputs.allSatisfy { $0.tape === self },
                "\(operation): its inputs were recorded on different tapes; a computation is recorded on one")
        count += 1
        heldScalars += value.count
        return Variable(value: value, tape: self, number: count, operation: operation, inputs: inputs,
                        backward: backward, isConstant: isConstant || (!inputs.isEmpty && inputs.allSatisfy(\.isConstant)))
    }

    /// Marks the tape spent and lets its variables go of their backward closures.
    func spend(_ order: [Variable]) {
        isSpent = true
        heldScalars = 0
        for variable in order { variable.backwardStep = nil }
    }
}

/// A tensor recorded on a tape, with the operation that made it; after `backward()`, the
/// gradient of the output with respect to it.
public final class Variable: CustomStringConvertible {
    public let value: Tensor
    public let tape: Tape
    /// Its place on the tape, from 1.
    public let number: Int
    /// What made it: an operation's name, or an input's.
    public let operation: String
    public let inputs: [Variable]
    /// A constant, or computed from constants only: no gradient flows to or through it.
    public let isConstant: Bool
    /// ∂output/∂self, after `backward()`; nil for constants and for variables the output does not use.
    public internal(set) var gradient: Tensor?
    var backwardStep: ((Tensor) -> [Tensor])?

    init(value: Tensor, tape: Tape, number: Int, operation: String, inputs: [Variable],
         backward: ((Tensor) -> [Tensor])?, isConstant: Bool) {
        (self.value, self.tape, self.number, self.operation, self.inputs) = (value, tape, number, operation, inputs)
        (self.backwardStep, self.isConstant) = (backward, isConstant)
    }

    public var shape: [Int] { value.shape }

    /// "v3 = matmul(v1, v2) [2, 4]": one line of a printed graph.
    public var description: String {
        let arguments = inputs.isEmpty ? "" : "(" + inputs.map { "v\($0.number)" }.joined(separator: ", ") + ")"
        return "v\(number) = \(operation)\(arguments) \(value.shape)"
    }
}
