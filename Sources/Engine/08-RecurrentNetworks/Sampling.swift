// Writing with a trained language model: feed it a prompt, then draw each next character from
// softmax(logits / temperature) and feed it back in. A temperature below 1 sharpens the
// distribution towards the likeliest characters; above 1 flattens it towards uniform.
import Foundation

/// The index drawn from softmax(logits / temperature), a temperature of 0 taking the largest.
public func sampleIndex(logits: [Float], temperature: Float, using generator: inout SeededGenerator) -> Int {
    require(temperature >= 0 && temperature.isFinite, "sampleIndex: the temperature must be 0 or more, got \(temperature)")
    guard temperature > 0 else { return logits.indices.max { logits[$0] < logits[$1] } ?? 0 }
    let largest = logits.max() ?? 0
    let weights = logits.map { Foundation.exp(Double(($0 - largest) / temperature)) }
    var remaining = Double(generator.nextUniform()) * weights.reduce(0, +)
    for (index, weight) in weights.enumerated() {
        remaining -= weight
        if remaining < 0 { return index }
    }
    return weights.count - 1
}

extension SequenceModel {
    /// `count` characters written after `prompt`, one at a time, stopping early at `stop`.
    /// The recurrent layer's carried state is used and reset.
    public func sample(prompt: String, count: Int, temperature: Float, vocabulary: Vocabulary, stop: Character? = nil,
                       using generator: inout SeededGenerator) throws -> String {
        let promptTokens = try vocabulary.encode(prompt, what: "the prompt")
        require(!promptTokens.isEmpty, "sample: the prompt needs at least one character")
        let carried = recurrent.carriesState
        recurrent.carriesState = true
        recurrent.resetState()
        defer {
            recurrent.resetState()
            recurrent.carriesState = carried
        }
        // The prompt in one pass; then one character at a time, the state carried.
        var logits = forward(Tensor(shape: [promptTokens.count, 1], scalars: promptTokens.map(Float.init)))
        var written = ""
        for _ in 0..<count {
            let last = Array(logits.scalars.suffix(vocabulary.count))
            let next = sampleIndex(logits: last, temperature: temperature, using: &generator)
            let character = vocabulary.characters[next]
            if character == stop { break }
            written.append(character)
            logits = forward(Tensor(shape: [1, 1], scalars: [Float(next)]))
        }
        return written
    }
}
