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

    /// sᵢ = U[uᵢ] · V[vᵢ] + b_u[uᵢ] + b_v[vᵢ] for each pair.
    public func scores(users u: [Int], items v: [Int]) -> [Float] {
        let d = dimension
        return zip(u, v).map { user, item in
            var s = userBias.value[user] + itemBias.value[item]
            for j in 0..<d { s += users.value[user, j] * items.value[item, j] }
            return s
        }
    }

    /// Every item's score for `user`: V U[user] + b_v + b_u[user], [items].
    public func scores(user: Int) -> Tensor {
        let row = Tensor(shape: [dimension, 1], scalars: (0..<dimension).map { users.value[user, $0] })
        return matmul(items.value, row).reshaped([items.value.shape[0]]) + itemBias.value + userBias.value[user]
    }

    /// The mean binary cross-entropy of the pairs' scores against `labels`, plus (λ/2) times the
    /// squared norms of the embedding rows the batch uses; stores every parameter's gradient:
    /// with gᵢ = (σ(sᵢ) − yᵢ)/m, ∂L/∂U[uᵢ] += gᵢ V[vᵢ], ∂L/∂V[vᵢ] += gᵢ U[uᵢ], ∂L/∂b += gᵢ.
    @discardableResult
    public func lossAndGradients(users u: [Int], items v: [Int], labels: [Float], l2 λ: Float = 0) -> Float {
        require(u.count == v.count && v.count == labels.count && !labels.isEmpty,
                "DotProductModel: needs as many users, items and labels, at least one, got \(u.count), \(v.count), \(labels.count)")
        let d = dimension, m = Float(labels.count)
        let s = scores(users: u, items: v)
        var dU = Tensor.zeros(users.value.shape), dV = Tensor.zeros(items.value.shape)
        var dbu = Tensor.zeros(userBias.value.shape), dbv = Tensor.zeros(itemBias.value.shape)
        var total: Double = 0
        for i in 0..<labels.count {
            // −y log σ(s) − (1 − y) log(1 − σ(s)) = softplus(s) − y s, whose derivative is σ(s) − y.
            total += Double(softplus(s[i]) - labels[i] * s[i])
            let g = (sigmoid(s[i]) - labels[i]) / m
            for j in 0..<d {
                dU[u[i], j] += g * items.value[v[i], j] + λ / m * users.value[u[i], j]
                dV[v[i], j] += g * users.value[u[i], j] + λ / m * items.value[v[i], j]
            }
            dbu[u[i]] += g
            dbv[v[i]] += g
        }
        var penalty: Double = 0
        if λ > 0 {
            for i in 0..<labels.count {
                for j in 0..<d { penalty += Double(users.value[u[i], j] * users.value[u[i], j] + items.value[v[i], j] * items.value[v[i], j]) }
            }
        }
        (users.gradient, items.gradient, userBias.gradient, itemBias.gradient) = (dU, dV, dbu, dbv)
        return Float(total / Double(m) + Double(λ) / 2 * penalty / Double(m))
    }
}

/// For each user of `users`, `count` items drawn uniformly from those the user has not chosen
/// (`chosen[user]`), with replacement: the negatives of implicit feedback. A user who has chosen
/// every item gets none.
public func negativeSamples(for users: [Int], count: Int, items: Int, chosen: [Set<Int>],
                            using generator: inout SeededGenerator) -> [(user: Int, item: Int)] {
    var pairs: [(user: Int, item: Int)] = []
    for user in users where chosen[user].count < items {
        var drawn = 0
        while drawn < count {
            let item = Int(generator.next() % UInt64(items))
            if !chosen[user].contains(item) {
                pairs.append((user, item))
                drawn += 1
            }
        }
    }
    return pairs
}

/// The fraction of `heldOut` pairs whose item ranks among the `k` highest-scored items for its
/// user, leaving out the items the user chose in training (`known`): hit rate at k.
public func hitRate(at k: Int, heldOut: [(user: Int, item: Int)], known: [Set<Int>],
                    score: (_ user: Int) -> Tensor) -> Float {
    require(!heldOut.isEmpty && k > 0, "hitRate: needs held-out pairs and k of at least 1")
    var hits = 0
    for (user, item) in heldOut {
        let scores = score(user)
        let target = scores[item]
        // The item's rank: how many other unknown items score higher.
        var above = 0
        for other in 0..<scores.count where other != item && !known[user].contains(other) && scores[other] > target { above += 1 }
        if above < k { hits += 1 }
    }
    return Float(hits) / Float(heldOut.count)
}
