// Collaborative filtering: each user and each item is a learned vector, and how well they fit is
// their dot product plus a bias for each (Krzakala and Baker's recommender). With implicit
// feedback, which items a user chose and nothing about the rest, each observed pair is a positive
// and pairs drawn at random stand in for negatives; the score is a logit and the loss binary
// cross-entropy, as in word2vec's negative sampling (Mikolov et al. 2013). Derivation:
// chapters/13-learning-without-labels/README.md, section 5.
//
// Shapes: U [users, d], V [items, d], b_u [users], b_v [items]; a batch of m pairs (uᵢ, vᵢ)
// with labels yᵢ ∈ {0, 1}; sᵢ = U[uᵢ] · V[vᵢ] + b_u[uᵢ] + b_v[vᵢ].

/// User and item embeddings with biases, scored by their dot product.
public final class DotProductModel {
    public let users: Parameter
    public let items: Parameter
    public let userBias: Parameter
    public let itemBias: Parameter

    /// Embeddings of `dimension` drawn from N(0, 0.1²), biases at zero.
    public init(users: Int, items: Int, dimension: Int, using generator: inout SeededGenerator) {
        require(users > 0 && items > 0 && dimension > 0,
                "DotProductModel: needs users, items and a dimension of at least 1, got \(users), \(items), \(dimension)")
        self.users = Parameter(.normal([users, dimension], standardDeviation: 0.1, using: &generator), name: "users")
        self.items = Parameter(.normal([items, dimension], standardDeviation: 0.1, using: &generator), name: "items")
        userBias = Parameter(.zeros([users]), name: "userBias")
        itemBias = Parameter(.zeros([items]), name: "itemBias")
    }

    public var dimension: Int { users.value.shape[1] }
    public var parameters: [Parameter] { [users, items, userBias, itemBias] }

    /// sᵢ = U[uᵢ] · V[vᵢ] + b_u[uᵢ] + b_v[vᵢ] for each pair, [m].
    public func scores(users u: [Int], items v: [Int]) -> Tensor {
        (users.value.rows(u) * items.value.rows(v)).sum(alongAxis: 1) + userBias.value.rows(u) + itemBias.value.rows(v)
    }

    /// Every item's score for `user`: V U[user] + b_v + b_u[user], [items].
    public func scores(user: Int) -> Tensor {
        matmul(items.value, users.value.rows([user]).transposed()).reshaped([items.value.shape[0]]) + itemBias.value
            + userBias.value[user]
    }

    /// The mean binary cross-entropy of the pairs' scores against `labels`, plus the L2 penalty of
    /// `addPenaltyGradients`; stores every parameter's gradient: with gᵢ = (σ(sᵢ) − yᵢ)/m,
    /// ∂L/∂U[uᵢ] += gᵢ V[vᵢ], ∂L/∂V[vᵢ] += gᵢ U[uᵢ], ∂L/∂b += gᵢ.
    @discardableResult
    public func lossAndGradients(users u: [Int], items v: [Int], labels: [Float], l2 λ: Float = 0) -> Float {
        require(u.count == v.count && v.count == labels.count && !labels.isEmpty,
                "DotProductModel: needs as many users, items and labels, at least one, got \(u.count), \(v.count), \(labels.count)")
        let m = Float(labels.count)
        let userRows = users.value.rows(u), itemRows = items.value.rows(v)                  // [m, d]
        let s = (userRows * itemRows).sum(alongAxis: 1) + userBias.value.rows(u) + itemBias.value.rows(v)
        let y = Tensor(shape: [labels.count], scalars: labels)
        // −y log σ(s) − (1 − y) log(1 − σ(s)) = softplus(s) − y s, whose derivative is σ(s) − y.
        let loss = (s.map(softplus) - y * s).mean()
        let g = (sigmoid(s) - y) * (1 / m)                                                   // ∂L/∂s, [m]
        let column = g.reshaped([labels.count, 1])
        // Each row's gradient is its partner's row, scaled by gᵢ, added where the row is used.
        users.gradient = .zeros(users.value.shape)
        users.gradient.addRows(column * itemRows, at: u)
        items.gradient = .zeros(items.value.shape)
        items.gradient.addRows(column * userRows, at: v)
        userBias.gradient = .zeros(userBias.value.shape)
        userBias.gradient.addRows(g, at: u)
        itemBias.gradient = .zeros(itemBias.value.shape)
        itemBias.gradient.addRows(g, at: v)
        return loss + addPenaltyGradients(users: u, items: v, l2: λ)
    }

    /// The L2 penalty (λ/2m) Σᵢ (‖U[uᵢ]‖² + ‖V[vᵢ]‖²) on the embedding rows a batch of m pairs uses,
    /// counted once per use: adds its gradient, (λ/m) times the row per use, to the stored
    /// gradients, and returns the penalty.
    @discardableResult
    public func addPenaltyGradients(users u: [Int], items v: [Int], l2 λ: Float) -> Float {
        guard λ > 0 else { return 0 }
        let m = Float(u.count)
        let userRows = users.value.rows(u), itemRows = items.value.rows(v)
        users.gradient.addRows(userRows * (λ / m), at: u)
        items.gradient.addRows(itemRows * (λ / m), at: v)
        return λ / (2 * m) * ((userRows * userRows).sum() + (itemRows * itemRows).sum())
    }
}

/// `count` items for one user, each drawn uniformly from the `items` the user has not `chosen`,
/// with replacement: the negatives of implicit feedback. Each draw is from all items, kept when the
/// user has not chosen it (rejection), which is quick while users have chosen few of the items.
/// A user who has chosen every item gets none.
public func negativeSamples(count: Int, items: Int, chosen: Set<Int>, using generator: inout SeededGenerator) -> [Int] {
    guard (0..<items).contains(where: { !chosen.contains($0) }) else { return [] }
    var drawn: [Int] = []
    while drawn.count < count {
        let item = Int.random(in: 0..<items, using: &generator)
        if !chosen.contains(item) { drawn.append(item) }
    }
    return drawn
}

/// For each `heldOut` pair, its item's rank among the items its user did not choose in training
/// (`known`): how many of them score higher (0 is the top). `score(user)` gives every item's score.
public func heldOutRanks(_ heldOut: [(user: Int, item: Int)], known: [Set<Int>], score: (_ user: Int) -> Tensor) -> [Int] {
    var scored: (user: Int, scores: Tensor)?                  // one user's scores serve all of that user's pairs in a row
    return heldOut.map { user, item in
        if scored?.user != user { scored = (user, score(user)) }
        let scores = scored!.scores.scalars, target = scores[item]   // the array: this loop runs over every item
        var above = 0
        for (other, value) in scores.enumerated() where value > target && other != item && !known[user].contains(other) { above += 1 }
        return above
    }
}

/// The fraction of held-out items ranked among the top `k` (`heldOutRanks`): hit rate at k.
public func hitRate(at k: Int, ranks: [Int]) -> Float {
    require(!ranks.isEmpty && k > 0, "hitRate: needs held-out pairs and k of at least 1")
    return Float(ranks.filter { $0 < k }.count) / Float(ranks.count)
}

/// The fraction of `heldOut` pairs whose item ranks among the `k` highest-scored items for its
/// user, leaving out the items the user chose in training (`known`): hit rate at k.
public func hitRate(at k: Int, heldOut: [(user: Int, item: Int)], known: [Set<Int>],
                    score: (_ user: Int) -> Tensor) -> Float {
    hitRate(at: k, ranks: heldOutRanks(heldOut, known: known, score: score))
}

/// The `count` rows of `table` [n, d] nearest to row `row` by the cosine of their angle, nearest
/// first, among `candidates` (every other row when nil): items whose vectors point the same way.
public func nearestRows(to row: Int, in table: Tensor, count: Int, among candidates: [Int]? = nil) -> [(row: Int, cosine: Float)] {
    let norms = (table * table).sum(alongAxis: 1).map { $0.squareRoot() }
    let dots = matmul(table, table.rows([row]).transposed()).reshaped([table.shape[0]])
    let cosines = (candidates ?? Array(0..<table.shape[0])).filter { $0 != row }
        .map { (row: $0, cosine: dots[$0] / Swift.max(norms[$0] * norms[row], 1e-12)) }
    return Array(cosines.sorted { $0.cosine > $1.cosine }.prefix(count))
}
