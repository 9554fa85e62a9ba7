// The texts of chapter 08, from Debian's packages: the `fortunes` collection of quotations and
// the `wamerican` word list, read and cleaned to plain ASCII by the Datasets module
// (Sources/Support/Datasets/TextFiles.swift), turned into tokens here, and cut into batches for
// truncated backpropagation through time.
import Datasets

/// A text and its tokens, ready to train a character-level model on.
public struct TextCorpus: Sendable {
    /// Where the text came from, for messages.
    public let name: String
    /// The cleaned text.
    public let text: String
    public let vocabulary: Vocabulary
    /// The token of every character of `text`.
    public let tokens: [Int]
    /// Characters left out in cleaning (outside printable ASCII).
    public let droppedCharacters: Int

    /// A corpus of `text`, over the characters it uses.
    public init(name: String, text: String, droppedCharacters: Int = 0) throws {
        guard text.count >= 2 else {
            throw TextDataError.empty(path: name, detail: "a model needs at least two characters, one to read and one "
                                      + "to predict, and it has \(text.count)")
        }
        self.name = name
        self.text = text
        self.droppedCharacters = droppedCharacters
        vocabulary = Vocabulary(of: text)
        tokens = try vocabulary.encode(text, what: name)
    }


    /// Every fortune file in `directory` (the files beside their `.dat` indexes), quotations
    /// separated by blank lines (read by `TextFiles.fortunes`).
    public static func fortunes(directory: String = TextFiles.fortunesDirectory) throws -> TextCorpus {
        let (text, dropped) = try TextFiles.fortunes(directory: directory)
        return try TextCorpus(name: directory, text: text, droppedCharacters: dropped)
    }

    /// The words of a word list made of the letters a to z only (`TextFiles.words`), one per line,
    /// in a random order: the list is sorted, and a model that read it in order would learn that
    /// a word begins much like the one before it.
    public static func words(file: String = TextFiles.wordsFile, shuffledWith generator: inout SeededGenerator) throws -> TextCorpus {
        var kept = try TextFiles.words(file: file)
        generator.shuffle(&kept)
        return try TextCorpus(name: file, text: kept.joined(separator: "\n") + "\n", droppedCharacters: 0)
    }

    /// The corpus cut into batches for truncated backpropagation through time: the tokens are
    /// split into `batchSize` streams, one per row, and batch b holds steps b·T ..< (b + 1)·T of
    /// every stream, so that row i of batch b + 1 continues row i of batch b. Targets are the
    /// inputs one character later. Shapes: inputs and targets [T, n].
    public func streamBatches(batchSize n: Int, length T: Int) -> [(inputs: Tensor, targets: Tensor)] {
        require(n > 0 && T > 0, "streamBatches: the batch size and the length must be at least 1, got \(n) and \(T)")
        let streamLength = (tokens.count - 1) / n
        let batches = streamLength / T
        require(batches > 0, "streamBatches: \(name)'s \(tokens.count) characters are too few for one batch of \(n) "
                + "streams of \(T) + 1 characters")
        return (0..<batches).map { b in
            var inputs = [Float](repeating: 0, count: T * n), targets = inputs
            for t in 0..<T {
                for i in 0..<n {
                    let position = i * streamLength + b * T + t
                    inputs[t * n + i] = Float(tokens[position])
                    targets[t * n + i] = Float(tokens[position + 1])
                }
            }
            return (Tensor(shape: [T, n], scalars: inputs), Tensor(shape: [T, n], scalars: targets))
        }
    }
}
