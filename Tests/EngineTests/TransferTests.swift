import Foundation
import Testing
import TransferLearning

@Suite("Transfer learning: checkpoints, names, freezing, heads")
struct TransferTests {
    /// A small CNN with batch normalisation: conv 3×3 (2), BN, pool, flatten, fc 18 → 4.
    static func network(seed: UInt64) -> Sequential {
        var generator = SeededGenerator(seed: seed)
        return Sequential([Conv2D(1, 2, kernelSize: 3, name: "conv1", using: &generator),
                           BatchNorm(features: 2, followedByReLU: true, name: "bn1"), MaxPool2D(size: 2), Flatten(),
                           Linear(18, 4, name: "fc", using: &generator)])
    }

    static func images(_ n: Int, seed: UInt64) -> Tensor {
        var generator = SeededGenerator(seed: seed)
        return Tensor.normal([n, 1, 8, 8], using: &generator)
    }

    /// A fresh folder, removed when `body` returns.
    static func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("checkpoints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
            try? FileManager.default.removeItem(at: folder)
        }
        try body(folder)
    }

    /// A trained network: a few steps, so that its running statistics have moved.
    static func trained() throws -> (network: Sequential, optimizer: Adam) {
        let network = Self.network(seed: 900)
        let optimizer = Adam(learningRate: 0.01)
        let labels = Tensor((0..<16).map { Float($0 % 4) })
        for step in 0..<3 {
            _ = network.trainingStep(Dataset(inputs: images(16, seed: 901 + UInt64(step)), targets: labels))
            optimizer.step(network.parameters)
        }
        return (network, optimizer)
    }

    @Test("CRC-32 gives the standard check value, 0xCBF43926 for \"123456789\"")
    func checksum() {
        #expect(crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test("a checkpoint restores every parameter and running statistic exactly, and the file reads as the notes describe")
    func roundTrip() throws {
        try Self.inFolder { folder in
            let (network, _) = try Self.trained()
            let file = folder.appendingPathComponent("cnn.ckpt")
            try network.save(to: file, model: "tiny")
            let copy = Self.network(seed: 999)
            try copy.load(from: file, model: "tiny")
            #expect(copy.parameters.map(\.value) == network.parameters.map(\.value))
            #expect(copy.state.map(\.value) == network.state.map(\.value))
            network.setMode(.evaluation)
            copy.setMode(.evaluation)
            #expect(copy.forward(Self.images(3, seed: 902)) == network.forward(Self.images(3, seed: 902)))
            // The header, byte by byte.
            let bytes = [UInt8](try Data(contentsOf: file))
            #expect(Array(bytes[0..<8]) == Array("DLFSCKPT".utf8))
            #expect(Array(bytes[8..<12]) == [1, 0, 0, 0])
            #expect(Array(bytes[12..<16]) == [4, 0, 0, 0] && Array(bytes[16..<20]) == Array("tiny".utf8))
            #expect(Array(bytes[20..<24]) == [UInt8(network.parameters.count + network.state.count), 0, 0, 0])
            #expect(bytes[24] == 0 && Array(bytes[25..<29]) == [12, 0, 0, 0] && Array(bytes[29..<41]) == Array("conv1.weight".utf8))
            let stored = bytes.suffix(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(stored == crc32(bytes.dropLast(4)))
            // No temporary file is left beside it.
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["cnn.ckpt"])
        }
    }

    /// The message loading `bytes` gives, written to a file named `name` in `folder`.
    static func loadError(_ bytes: [UInt8], in folder: URL, name: String = "bad.ckpt", into network: Sequential? = nil) -> String {
        let file = folder.appendingPathComponent(name)
        try? Data(bytes).write(to: file)
        do {
            try (network ?? Self.network(seed: 903)).load(from: file)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test("damaged checkpoints: each is refused with the file's name and what is wrong, and leaves the network as it was")
    func damaged() throws {
        try Self.inFolder { folder in
            let (network, _) = try Self.trained()
            var good = network.checkpoint(model: "tiny").bytes
            let target = Self.network(seed: 904)
            let before = target.parameters.map(\.value)
            // Cut short anywhere: in the header, in a name, in the numbers, in the checksum.
            for cut in [3, 10, 22, 33, good.count / 2, good.count - 2] {
                let message = Self.loadError(Array(good.prefix(cut)), in: folder, into: target)
                #expect(message.contains("bad.ckpt") && (message.contains("ends too early") || message.contains("not a checkpoint")
                                                         || message.contains("checksum")), "cut at \(cut): \(message)")
            }
            var flipped = good
            flipped[good.count / 2] ^= 0x10
            #expect(Self.loadError(flipped, in: folder, into: target).contains("checksum says"))
            var magic = good
            magic[0] = UInt8(ascii: "X")
            #expect(Self.loadError(magic, in: folder, into: target).contains("not a checkpoint: it starts with \"XLFSCKPT\""))
            var newer = good.dropLast(4).map { $0 }
            newer[8] = 2
            newer += withUnsafeBytes(of: crc32(newer).littleEndian, Array.init)
            #expect(Self.loadError(newer, in: folder, into: target).contains("format version 2; this engine reads versions 1 to 1"))
            #expect(Self.loadError([], in: folder, into: target).contains("is empty (0 bytes)"))
            #expect(target.parameters.map(\.value) == before, "a refused checkpoint must change nothing")
            // A missing tensor, an extra one, and a shape that differs: all named at once.
            var entries = network.checkpoint(model: "tiny").entries.filter { $0.name != "fc.bias" }
            entries.append(.init(kind: .parameter, name: "fc2.weight", tensor: .zeros([2, 2])))
            let index = entries.firstIndex { $0.name == "conv1.weight" }!
            entries[index].tensor = .zeros([2, 1, 5, 5])
            good = Checkpoint(model: "tiny", entries: entries).bytes
            let mismatch = Self.loadError(good, in: folder, into: target)
            #expect(mismatch.contains("missing from the file: fc.bias") && mismatch.contains("not in the network: fc2.weight")
                    && mismatch.contains("conv1.weight has shape [2, 1, 5, 5] in the file and [2, 1, 3, 3] in the network"),
                    "\(mismatch)")
            #expect(target.parameters.map(\.value) == before)
            // A folder where the file should be, and a file that is not there.
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("folder.ckpt"), withIntermediateDirectories: true)
            #expect(throws: CheckpointError.isDirectory(path: folder.appendingPathComponent("folder.ckpt").path)) {
                try target.load(from: folder.appendingPathComponent("folder.ckpt"))
            }
            #expect(throws: CheckpointError.isDirectory(path: folder.appendingPathComponent("folder.ckpt").path)) {
                try network.save(to: folder.appendingPathComponent("folder.ckpt"), model: "tiny")
            }
            #expect(throws: CheckpointError.notFound(path: folder.appendingPathComponent("none.ckpt").path)) {
                try target.load(from: folder.appendingPathComponent("none.ckpt"))
            }
            let wrongModel = #expect(throws: CheckpointError.self) {
                try network.save(to: folder.appendingPathComponent("m.ckpt"), model: "tiny")
                try target.load(from: folder.appendingPathComponent("m.ckpt"), model: "cnn")
            }
            #expect((wrongModel.map { "\($0)" } ?? "").contains("holds a \"tiny\" network, and this one is a \"cnn\""))
        }
    }

    @Test("a save that cannot be written says why, and the checkpoint already on disk survives it whole")
    func failedSaveKeepsThePrevious() throws {
        try Self.inFolder { folder in
            let (network, _) = try Self.trained()
            let file = folder.appendingPathComponent("keep.ckpt")
            try network.save(to: file, model: "tiny")
            let original = try Data(contentsOf: file)
            let other = Self.network(seed: 905)
            // The save's temporary file cannot be created (here a folder is in its way, as root or not).
            let partial = folder.appendingPathComponent(".keep.ckpt.partial/inside")
            try FileManager.default.createDirectory(at: partial, withIntermediateDirectories: true)
            let blocked = #expect(throws: CheckpointError.self) { try other.save(to: file, model: "tiny") }
            #expect((blocked.map { "\($0)" } ?? "").contains("keep.ckpt could not be written"))
            #expect(try Data(contentsOf: file) == original)
            try FileManager.default.removeItem(at: folder.appendingPathComponent(".keep.ckpt.partial"))
            // A folder this user may not write to (permissions bind every user but root).
            if getuid() != 0 {
                try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
                let denied = #expect(throws: CheckpointError.self) { try other.save(to: file, model: "tiny") }
                #expect((denied.map { "\($0)" } ?? "").contains("does not let this user create files"))
                #expect(try Data(contentsOf: file) == original)
            }
            // A folder that does not exist.
            let nowhere = #expect(throws: CheckpointError.self) {
                try other.save(to: folder.appendingPathComponent("no/such/folder/x.ckpt"), model: "tiny")
            }
            #expect((nowhere.map { "\($0)" } ?? "").contains("does not exist"))
        }
    }

    @Test("optimiser state travels with the checkpoint: a resumed run takes exactly the step the uninterrupted one takes")
    func resume() throws {
        try Self.inFolder { folder in
            let (network, optimizer) = try Self.trained()
            let file = folder.appendingPathComponent("resume.ckpt")
            try network.save(to: file, model: "tiny", optimizer: optimizer)
            let batch = Dataset(inputs: Self.images(16, seed: 906), targets: Tensor((0..<16).map { Float($0 % 4) }))
            _ = network.trainingStep(batch)
            optimizer.step(network.parameters)
            let resumed = Self.network(seed: 907), fresh = Adam(learningRate: 0.01)
            try resumed.load(from: file, optimizer: fresh)
            #expect(fresh.steps == 3)
            _ = resumed.trainingStep(batch)
            fresh.step(resumed.parameters)
            #expect(resumed.parameters.map(\.value) == network.parameters.map(\.value))
        }
    }

    @Test("a new parameter never inherits the optimiser state of a freed one, even at the same address")
    func noInheritedMoments() {
        let optimizer = Momentum(learningRate: 0.1, momentum: 0.9)
        var identifiers: Set<ObjectIdentifier> = []
        for _ in 0..<200 {
            let old = Parameter(.ones([3]), name: "old")
            old.gradient = .ones([3])
            optimizer.step([old])
            identifiers.insert(ObjectIdentifier(old))
        }
        var reused = 0
        for _ in 0..<200 {
            let new = Parameter(.ones([3]), name: "new")
            if identifiers.contains(ObjectIdentifier(new)) { reused += 1 }
            #expect(optimizer.stateTensors(of: new) == nil)
        }
        // The allocator hands the freed addresses out again: the check above met the case it guards.
        #expect(reused > 0)
    }

    @Test("every parameter gets a unique name: given names, block prefixes, and positions where names repeat")
    func names() {
        var generator = SeededGenerator(seed: 908)
        let block = Sequential([Linear(2, 3, using: &generator), ReLU(), Linear(3, 3, using: &generator)], name: "features")
        let network = Sequential([block, Linear(3, 2, name: "head", using: &generator), Sequential([Linear(2, 2, using: &generator)])])
        #expect(network.namedParameters.map(\.name) == ["features.0.linear.weight", "features.0.linear.bias",
                                                         "features.2.linear.weight", "features.2.linear.bias",
                                                         "head.weight", "head.bias", "2.linear.weight", "2.linear.bias"])
        #expect(Set(Self.network(seed: 909).namedState.map(\.name)) == ["bn1.runningMean", "bn1.runningVariance"])
    }

    @Test("frozen layers keep their values, and the backward pass stops before them")
    func freezing() throws {
        let network = Self.network(seed: 910)
        network.freeze(firstLayers: 2)
        let frozen = network.layers[0].parameters + network.layers[1].parameters
        #expect(frozen.allSatisfy(\.isFrozen) && network.trainableParameters.count == 2)
        let before = frozen.map(\.value), headBefore = network.layers[4].parameters.map(\.value)
        let trainer = Trainer(network: network, optimizer: Momentum(learningRate: 0.1))
        var generator = SeededGenerator(seed: 911)
        _ = try trainer.fit(Dataset(inputs: Self.images(32, seed: 912), targets: Tensor((0..<32).map { Float($0 % 4) })),
                            epochs: 1, batchSize: 8, using: &generator)
        #expect(frozen.map(\.value) == before)
        #expect(frozen.allSatisfy { $0.gradient == .zeros($0.value.shape) }, "no gradient is computed for frozen layers")
        #expect(network.layers[4].parameters.map(\.value) != headBefore)
        network.freeze(firstLayers: 2, false)
        #expect(network.trainableParameters.count == network.parameters.count)
    }

    @Test("frozen batch normalisation stays frozen: a loaded network's running statistics survive training its new head")
    func frozenBatchNormalisation() throws {
        try Self.inFolder { folder in
            let (network, _) = try Self.trained()
            let file = folder.appendingPathComponent("cnn-bn.ckpt")
            try network.save(to: file, model: "tiny")
            let loaded = Self.network(seed: 920)
            try loaded.load(from: file, model: "tiny")
            var generator = SeededGenerator(seed: 921)
            let transfer = loaded.replacingHead(outputs: 3, using: &generator)
            transfer.freeze(firstLayers: 4)
            let saved = loaded.state.map(\.value)
            let x = Self.images(6, seed: 922)
            let inEvaluation = transfer.evaluating { transfer.cut(after: 4).forward(x) }
            _ = try Trainer(network: transfer, optimizer: SGD(learningRate: 0.1))
                .fit(Dataset(inputs: Self.images(24, seed: 923), targets: Tensor((0..<24).map { Float($0 % 3) })),
                     epochs: 2, batchSize: 8, using: &generator)
            #expect(loaded.state.map(\.value) == saved, "the frozen layers' running statistics changed in training")
            #expect(transfer.mode == .training)
            #expect(transfer.cut(after: 4).forward(x) == inEvaluation,
                    "in training, the frozen layers compute with the statistics they learned, not the batch's")
            // Unfrozen, batch normalisation takes each batch's statistics again and its running ones move.
            transfer.freeze(firstLayers: 4, false)
            _ = transfer.trainingStep(Dataset(inputs: x, targets: Tensor((0..<6).map { Float($0 % 3) })))
            #expect(loaded.state.map(\.value) != saved)
        }
    }

    @Test("a new head of another width shares the rest of the network; a cut network is its feature extractor")
    func heads() {
        let network = Self.network(seed: 913)
        var generator = SeededGenerator(seed: 914)
        let replaced = network.replacingHead(outputs: 7, using: &generator)
        #expect(replaced.forward(Self.images(2, seed: 915)).shape == [2, 7])
        #expect(replaced.layers[0] === network.layers[0] && replaced.layers[4] !== network.layers[4])
        #expect(replaced.namedParameters.last!.name == "fc.bias")
        let extractor = network.cut(after: 4)
        let x = Self.images(5, seed: 916)
        let expected = network.evaluating { network.layers.prefix(4).reduce(x) { $1.forward($0) } }
        #expect(features(of: extractor, inputs: x, batchSize: 2) == expected)
    }

    @Test("two learning rates: the body's parameters move at the body's rate, the head's at the head's")
    func twoRates() {
        let body = Parameter(.zeros([2]), name: "body"), head = Parameter(.zeros([2]), name: "head")
        body.gradient = .ones([2])
        head.gradient = .ones([2])
        let optimizer = TwoRates(head: SGD(learningRate: 0.1), body: SGD(learningRate: 0.01), headParameters: [head])
        optimizer.step([body, head])
        #expect(body.value == Tensor([-0.01, -0.01]) && head.value == Tensor([-0.1, -0.1]))
        optimizer.learningRate = 0.05
        #expect(optimizer.body.learningRate == 0.005)
    }
}
