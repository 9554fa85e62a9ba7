// Your file to complete: generated from solutions/08-recurrent-networks/RecurrentExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 8.1, 8.2, 8.3, 8.4, 8.5, 8.6.

// Exercise 8: a recurrent step forward and backward, backpropagation through time, clipping
// by global norm, and the LSTM cell forward and backward.
// Notes: chapters/08-recurrent-networks/README.md. Tests: Tests/ExerciseTests/Exercise8Tests.swift.
// Check your work with `swift test --filter 'Exercise8$'`.
//
// Shapes: one step of a batch: x [n, d] (n sequences, d inputs), h [n, h] (the hidden state),
// Wx [d, h] and Wh [h, h] for the RNN, [d, 4h] and [h, 4h] for the LSTM, whose four gates sit
// side by side in the order f, i, g, o (`gate` and `joinGates` below cut and join them).
// A sequence is an array of T steps, `inputs[t]` the [n, d] input of step t.
// `chapter08 --mine` trains with parts 8.1, 8.2, 8.4, 8.5 and 8.6 on every batch.
// This file sees the engine of chapters 01-07, not chapter 08's layers: they are yours to write.
import Foundation
import Regularization
import ExerciseSupport

/// The functions of exercise 8, each a part to implement, and two helpers that are given.
public enum RecurrentExercise {
    /// One step of the plain RNN: the new hidden state.
    public static func rnnStep(input: Tensor, hidden: Tensor, inputWeight: Tensor, recurrentWeight: Tensor,
                               bias: Tensor) -> Tensor {
        // EXERCISE 8.1: one RNN step forward
        // Formula: h_t = tanh(x_t Wx + h_{t−1} Wh + b)
        // Shapes: input x_t [n, d], hidden h_{t−1} [n, h], inputWeight Wx [d, h], recurrentWeight Wh [h, h],
        //   bias b [h] → h_t [n, h]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("8.1", placeholder: hidden)
    }

    /// The backward pass of `rnnStep`, given ∂L/∂h_t and the step's output h_t.
    public static func rnnStepBackward(outputGradient: Tensor, input: Tensor, hidden: Tensor, output: Tensor,
                                       inputWeight: Tensor, recurrentWeight: Tensor)
        -> (input: Tensor, hidden: Tensor, inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor) {
        // EXERCISE 8.2: one RNN step backward
        // Formula: h_t = tanh(a), a = x_t Wx + h_{t−1} Wh + b; with dh = ∂L/∂h_t return ∂L/∂x_t, ∂L/∂h_{t−1},
        //   ∂L/∂Wx, ∂L/∂Wh and ∂L/∂b
        // Shapes: outputGradient dh [n, h], input x_t [n, d], hidden h_{t−1} [n, h], output h_t [n, h],
        //   inputWeight [d, h], recurrentWeight [h, h]
        //   → (input [n, d], hidden [n, h], inputWeight [d, h], recurrentWeight [h, h], bias [h])
        // Your code goes here, in place of the placeholder below.
        return notImplemented("8.2", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(hidden.shape), Tensor.zeros(inputWeight.shape), Tensor.zeros(recurrentWeight.shape), Tensor.zeros([recurrentWeight.shape[0]])))
    }

    /// Given: the RNN run over a sequence from h_0, returning h_0, h_1, …, h_T (T + 1 states).
    public static func rnnForwardThroughTime(inputs: [Tensor], initialHidden: Tensor, inputWeight: Tensor,
                                             recurrentWeight: Tensor, bias: Tensor) -> [Tensor] {
        var states = [initialHidden]
        for x in inputs {
            states.append(rnnStep(input: x, hidden: states.last!, inputWeight: inputWeight, recurrentWeight: recurrentWeight,
                                  bias: bias))
        }
        return states
    }

    /// Backpropagation through time: the gradients of a loss that reads every hidden state, given
    /// ∂L/∂h_t from the outputs at each step.
    public static func rnnBackwardThroughTime(outputGradients: [Tensor], inputs: [Tensor], initialHidden: Tensor,
                                              inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor)
        -> (inputs: [Tensor], initialHidden: Tensor, inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor) {
        // EXERCISE 8.3: backpropagation through time
        // Formula: the forward pass is rnnForwardThroughTime above: h_t = tanh(x_t Wx + h_{t−1} Wh + b) for t = 1 … T.
        //   The loss reads every h_t; outputGradients[t − 1] is ∂L/∂h_t through the output at step t alone.
        //   Return ∂L/∂x_t for every step, ∂L/∂h_0, ∂L/∂Wx, ∂L/∂Wh and ∂L/∂b.
        // Shapes: outputGradients and inputs: T tensors each, [n, h] and [n, d]; initialHidden h_0 [n, h],
        //   inputWeight [d, h], recurrentWeight [h, h], bias [h]
        //   → (inputs: T tensors [n, d], initialHidden [n, h], inputWeight [d, h], recurrentWeight [h, h], bias [h])
        // Derive it yourself first: which roads lead from h_t to the loss, and how many steps use Wh?
        //   Section 3 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("8.3", placeholder: (inputs.map { Tensor.zeros($0.shape) }, Tensor.zeros(initialHidden.shape), Tensor.zeros(inputWeight.shape), Tensor.zeros(recurrentWeight.shape), Tensor.zeros(bias.shape)))
    }

    /// Every gradient scaled by maxNorm/‖g‖ when their global norm ‖g‖ exceeds maxNorm; also ‖g‖.
    public static func clipByGlobalNorm(gradients: [Tensor], maxNorm: Float) -> (gradients: [Tensor], norm: Float) {
        // EXERCISE 8.4: clipping by global norm
        // Formula: ‖g‖ = √(Σ over every tensor, Σ over its elements, g²); if ‖g‖ > maxNorm every gradient
        //   becomes g · maxNorm/‖g‖, else it stays; return the gradients and ‖g‖ as it was before clipping
        // Shapes: gradients: any number of tensors of any shapes → the same shapes, and a number
        // Your code goes here, in place of the placeholder below.
        return notImplemented("8.4", placeholder: (gradients, 0))
    }

    /// Given: gate k (0 f, 1 i, 2 g, 3 o) of z [n, 4h], its columns k·h ..< (k + 1)·h, as [n, h].
    public static func gate(_ z: Tensor, _ k: Int) -> Tensor {
        let (n, h) = (z.shape[0], z.shape[1] / 4)
        return z.withUnsafeScalars { zs in
            Tensor(shape: [n, h]) { out in
                for r in 0..<n { (out.baseAddress! + r * h).update(from: zs.baseAddress! + r * 4 * h + k * h, count: h) }
            }
        }
    }

    /// Given: four [n, h] tensors side by side, [n, 4h], in the order given (f, i, g, o).
    public static func joinGates(_ f: Tensor, _ i: Tensor, _ g: Tensor, _ o: Tensor) -> Tensor {
        let (n, h) = (f.shape[0], f.shape[1])
        let parts = [f, i, g, o]
        var scalars = [Float](repeating: 0, count: n * 4 * h)
        for (k, part) in parts.enumerated() {
            part.withUnsafeScalars { p in
                for r in 0..<n {
                    for j in 0..<h { scalars[r * 4 * h + k * h + j] = p[r * h + j] }
                }
            }
        }
        return Tensor(shape: [n, 4 * h], scalars: scalars)
    }

    /// One LSTM step: the new hidden state, the new cell, and the four gates' activations.
    public static func lstmCellForward(input: Tensor, hidden: Tensor, cell: Tensor, inputWeight: Tensor,
                                       recurrentWeight: Tensor, bias: Tensor) -> (hidden: Tensor, cell: Tensor, gates: Tensor) {
        // EXERCISE 8.5: the LSTM cell forward
        // Formula: z = x_t Wx + h_{t−1} Wh + b, cut into four: f = σ(z_f), i = σ(z_i), g = tanh(z_g), o = σ(z_o);
        //   c_t = f ⊙ c_{t−1} + i ⊙ g,   h_t = o ⊙ tanh(c_t)
        // Shapes: input [n, d], hidden h_{t−1} [n, h], cell c_{t−1} [n, h], inputWeight [d, 4h],
        //   recurrentWeight [h, 4h], bias [4h] → (hidden h_t [n, h], cell c_t [n, h], gates [n, 4h]: f, i, g, o
        //   after their σ and tanh, side by side)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("8.5", placeholder: (hidden, cell, Tensor.zeros([input.shape[0], bias.count])))
    }

    /// The backward pass of `lstmCellForward`, given ∂L/∂h_t and the gradient reaching c_t from
    /// step t + 1.
    public static func lstmCellBackward(hiddenGradient: Tensor, cellGradient: Tensor, input: Tensor, hidden: Tensor,
                                        cell: Tensor, gates: Tensor, newCell: Tensor, inputWeight: Tensor,
                                        recurrentWeight: Tensor)
        -> (input: Tensor, hidden: Tensor, cell: Tensor, inputWeight: Tensor, recurrentWeight: Tensor, bias: Tensor) {
        // EXERCISE 8.6: the LSTM cell backward
        // Formula: the forward pass of part 8.5; with dh = ∂L/∂h_t and dc_next, the gradient reaching c_t from
        //   step t + 1, return ∂L/∂x_t, ∂L/∂h_{t−1}, ∂L/∂c_{t−1}, ∂L/∂Wx, ∂L/∂Wh and ∂L/∂b
        // Shapes: hiddenGradient [n, h], cellGradient [n, h], input x_t [n, d], hidden h_{t−1} [n, h],
        //   cell c_{t−1} [n, h], gates [n, 4h] (f, i, g, o as 8.5 returns them), newCell c_t [n, h],
        //   inputWeight [d, 4h], recurrentWeight [h, 4h]
        //   → (input [n, d], hidden [n, h], cell [n, h], inputWeight [d, 4h], recurrentWeight [h, 4h], bias [4h])
        // Derive it gate by gate first; section 6 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("8.6", placeholder: (Tensor.zeros(input.shape), Tensor.zeros(hidden.shape), Tensor.zeros(cell.shape), Tensor.zeros(inputWeight.shape), Tensor.zeros(recurrentWeight.shape), Tensor.zeros([gates.shape[1]])))
    }
}
