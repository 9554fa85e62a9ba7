// Implicit feedback: which items each user chose, and when, with nothing said about the rest.
// For measuring a recommender, each user's latest choices are held out and the others train it
// (with one, "leave one out", as He et al. 2017 evaluate neural collaborative filtering): the
// model must rank items the user went on to choose, from what the user chose before. Notes:
// chapters/13-learning-without-labels/README.md, section 5.

/// Users' choices of items, numbered densely from 0, split into training pairs and each user's
/// latest few, held out.
public struct ImplicitFeedback {
    /// The original user and item numbers, in the dense numbering's order.
    public let userNumbers: [Int], itemNumbers: [Int]
    /// Every pair but each user's latest: what the model trains on.
    public let training: [(user: Int, item: Int)]
    /// Each user's latest choices (of users with more): what it is measured on.
    public let heldOut: [(user: Int, item: Int)]
    /// The items each user chose in training.
    public let chosen: [Set<Int>]

    public var users: Int { userNumbers.count }
    public var items: Int { itemNumbers.count }

    /// From `choices` (user, item, time), in any numbering; a user's choice of the same item twice
    /// counts once, at its first time. A user's `latest` choices (the larger item number is the
    /// later of a tie) are held out when the user has more than that.
    public init(choices: [(user: Int, item: Int, time: Int)], latest: Int = 1) throws {
        require(latest >= 1, "ImplicitFeedback: holds out at least one choice per user, asked for \(latest)")
        guard !choices.isEmpty else {
            throw ImplicitFeedbackError("no choices to learn from: the interaction list is empty")
        }
        userNumbers = Array(Set(choices.map(\.user))).sorted()
        itemNumbers = Array(Set(choices.map(\.item))).sorted()
        let userIndex = Dictionary(uniqueKeysWithValues: userNumbers.enumerated().map { ($1, $0) })
        let itemIndex = Dictionary(uniqueKeysWithValues: itemNumbers.enumerated().map { ($1, $0) })
        var byUser = [[(item: Int, time: Int)]](repeating: [], count: userNumbers.count)
        for choice in choices { byUser[userIndex[choice.user]!].append((itemIndex[choice.item]!, choice.time)) }
        var training: [(user: Int, item: Int)] = [], heldOut: [(user: Int, item: Int)] = []
        var chosen = [Set<Int>](repeating: [], count: userNumbers.count)
        for (user, list) in byUser.enumerated() {
            var seen = Set<Int>()
            let ordered = list.sorted { ($0.time, $0.item) < ($1.time, $1.item) }.filter { seen.insert($0.item).inserted }
            for (position, choice) in ordered.enumerated() {
                if position >= ordered.count - latest && ordered.count > latest {
                    heldOut.append((user, choice.item))
                } else {
                    training.append((user, choice.item))
                    chosen[user].insert(choice.item)
                }
            }
        }
        guard !heldOut.isEmpty else {
            throw ImplicitFeedbackError("no user chose more than \(latest) item\(latest == 1 ? "" : "s"), so none can be held out "
                                        + "to measure a recommender")
        }
        (self.training, self.heldOut, self.chosen) = (training, heldOut, chosen)
    }

    /// How many users chose each item in training: the popularity baseline's score.
    public var popularity: Tensor {
        var counts = Tensor.zeros([items])
        for pair in training { counts[pair.item] += 1 }
        return counts
    }
}

/// Choices a recommender cannot be trained or measured on.
public struct ImplicitFeedbackError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
