// Characters as numbers: a vocabulary lists the characters a model knows, and a character's
// token is its position in that list.
import Datasets

/// The characters a model reads and writes, each with its token (its index).
public struct Vocabulary: Sendable, Equatable {
    /// The characters in token order.
    public let characters: [Character]
    private let tokens: [Character: Int]

    /// A vocabulary of exactly these characters, in this order.
    public init(_ characters: [Character]) {
        require(!characters.isEmpty, "Vocabulary: needs at least one character")
        require(Set(characters).count == characters.count, "Vocabulary: a character appears twice in \(characters)")
        self.characters = characters
        tokens = Dictionary(uniqueKeysWithValues: characters.enumerated().map { ($1, $0) })
    }

    /// The characters of `text`, sorted.
    public init(of text: String) { self.init(Array(Set(text)).sorted()) }

    public var count: Int { characters.count }

    /// The token of each character of `text`, or an error naming the first character the
    /// vocabulary does not have and where it is.
    public func encode(_ text: String, what: String = "the text") throws -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(text.count)
        for (position, character) in text.enumerated() {
            guard let token = tokens[character] else {
                throw TextDataError.unknownCharacter(character, position: position, what: what, vocabularySize: count, listing: listing)
            }
            result.append(token)
        }
        return result
    }

    /// The characters of these tokens.
    public func decode(_ tokens: [Int]) -> String { String(tokens.map { characters[$0] }) }

    /// The vocabulary as printable text, "\n" written out: "\n !',-.0123…".
    public var listing: String {
        characters.map { $0 == "\n" ? "\\n" : String($0) }.joined()
    }
}
