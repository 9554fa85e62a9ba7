// Your file to complete: generated from solutions/05-training/TrainingExercise.swift by `swift run course generate`.
// The parts for you to write are marked `EXERCISE N.k`: here 5.1, 5.2, 5.3, 5.4, 5.5, 5.6.

// Exercise 5: initialisation, three optimiser updates, and the early-stopping rule.
// Notes: chapters/05-training/README.md. Tests: Tests/ExerciseTests/Exercise5Tests.swift.
// Check your work with `swift test --filter 'Exercise5$'`.
//
// Shapes: a weight matrix W [fanIn, fanOut]; an optimiser's parameter θ, gradient g and
// state (v, m, …) all share one shape.
// This file sees the engine of chapters 01-04, not chapter 05's initialisers and
// optimisers: those are yours to write.
import Backpropagation
import ExerciseSupport
import Foundation

/// The functions of exercise 5, each a part to implement.
public enum TrainingExercise {
    /// Glorot and Bengio's uniform initialisation of a weight matrix.
    public static func xavierUniform(fanIn: Int, fanOut: Int, gain: Float,
                                     using generator: inout SeededGenerator) -> Tensor {
        // EXERCISE 5.1: Xavier (Glorot) uniform
        // Formula: W ~ U(−a, a) with a = gain · √(6 / (fanIn + fanOut)), so Var W = gain² · 2 / (fanIn + fanOut)
        // Shapes: → [fanIn, fanOut]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("5.1", placeholder: Tensor.zeros([fanIn, fanOut]))
    }

    /// He (Kaiming) normal initialisation of a weight matrix.
    public static func heNormal(fanIn: Int, fanOut: Int, gain: Float, using generator: inout SeededGenerator) -> Tensor {
        // EXERCISE 5.2: He (Kaiming) normal
        // Formula: W ~ N(0, σ²) with σ = gain / √fanIn; for ReLU, gain = √2 and Var W = 2 / fanIn
        // Shapes: → [fanIn, fanOut]
        // Your code goes here, in place of the placeholder below.
        return notImplemented("5.2", placeholder: Tensor.zeros([fanIn, fanOut]))
    }

    /// One step of gradient descent with momentum: the new parameter and velocity.
    public static func momentumStep(parameter: Tensor, gradient: Tensor, velocity: Tensor, learningRate: Float,
                                    momentum: Float) -> (parameter: Tensor, velocity: Tensor) {
        // EXERCISE 5.3: the momentum update
        // Formula: v ← μ v − η g;  θ ← θ + v
        // Shapes: parameter, gradient, velocity all the same shape → (parameter, velocity)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("5.3", placeholder: (parameter, velocity))
    }

    /// One step of Adam at step `step` (counted from 1): the new parameter and moments.
    public static func adamStep(parameter: Tensor, gradient: Tensor, firstMoment: Tensor, secondMoment: Tensor,
                                step: Int, learningRate: Float, beta1: Float, beta2: Float, epsilon: Float)
        -> (parameter: Tensor, firstMoment: Tensor, secondMoment: Tensor) {
        // EXERCISE 5.4: the Adam update
        // Formula: m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;  m̂ = m / (1 − β₁ᵗ);  v̂ = v / (1 − β₂ᵗ);
        //   θ ← θ − η m̂ / (√v̂ + ε)
        // Shapes: parameter, gradient, firstMoment, secondMoment the same shape → (parameter, m, v)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("5.4", placeholder: (parameter, firstMoment, secondMoment))
    }

    /// The early-stopping rule: from the validation losses so far (one per epoch), the
    /// best epoch (counted from 1) and whether to stop now.
    public static func earlyStopping(validationLosses: [Float], patience: Int,
                                     minimumImprovement: Float) -> (stop: Bool, bestEpoch: Int) {
        // EXERCISE 5.5: the early-stopping rule
        // Formula: epoch by epoch, a loss becomes the new best when it is below the best so far by more
        //   than minimumImprovement; stop when (number of epochs) − best ≥ patience
        // Shapes: validationLosses [epochs] (at least one) → (stop, bestEpoch counted from 1)
        // Your code goes here, in place of the placeholder below.
        return notImplemented("5.5", placeholder: (false, 1))
    }

    /// One step of Nesterov momentum, on the parameters the network holds, θ̃ = θ + μ v:
    /// the new θ̃ and velocity.
    public static func nesterovStep(parameter: Tensor, gradient: Tensor, velocity: Tensor, learningRate: Float,
                                    momentum: Float) -> (parameter: Tensor, velocity: Tensor) {
        // EXERCISE 5.6: Nesterov momentum
        // Formula: Nesterov takes the gradient where momentum is about to carry θ:
        //   v_new = μ v − η ∇L(θ + μ v);  θ_new = θ + v_new.
        //   The network holds θ̃ = θ + μ v instead of θ, and `gradient` is g = ∇L(θ̃), the gradient there.
        //   Return θ̃_new = θ_new + μ v_new, written with θ̃, v, g, η and μ alone, and v_new.
        // Shapes: parameter θ̃, gradient g, velocity v all the same shape → (parameter θ̃_new, velocity v_new)
        // Derive the update of θ̃ yourself first; section 3 of the notes is there to check afterwards.
        // Your code goes here, in place of the placeholder below.
        return notImplemented("5.6", placeholder: (parameter, velocity))
    }
}
