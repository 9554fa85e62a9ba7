// Chapter 07's experiments, each a function the demo calls in order.
import CourseRuntime
import Gnuplot
import Regularization

/// One of the demo's part 1 runs: what it added, its curves, and its accuracies at the end,
/// both measured in evaluation mode.
struct SubsetRun {
    let name: String
    let network: Sequential
    let epochs: [EpochRecord]
    let trainingAccuracy: Float
    let validationAccuracy: Float
    var gap: Float { trainingAccuracy - validationAccuracy }
}

/// What the demo's part 1 varies: the regularisers in the network, the weight decay, and the
/// augmentation of each batch.
struct SubsetSetting {
    let name: String
    var regularizers = Regularizers()
    var weightDecay: Float = 0
    var augmentation: [Augmentation.Step] = []
}

/// Trains the demo's part 1 small network on `training` under `setting`, watching `validation`.
/// Every setting starts from the same seed, so the runs differ only by what they add.
func trainSubset(_ setting: SubsetSetting, training: Dataset, validation: Dataset, imageRows: Int, imageColumns: Int,
                 epochs: Int, seed: UInt64, parts: RegularizationParts) throws -> SubsetRun {
    var generator = SeededGenerator(seed: seed)
    let network = smallNetwork(setting.regularizers, imageRows: imageRows, imageColumns: imageColumns,
                               layers: parts.layers, using: &generator)
    let augment = parts.augmentation(setting.augmentation, using: &generator)
    let trainer = Trainer(network: network,
                          optimizer: parts.optimizer(learningRate: 0.02, weightDecay: setting.weightDecay),
                          augment: augment)
    let progress = TrainingProgress(label: "   " + setting.name.padding(toLength: 22, withPad: " ", startingAt: 0),
                                    examples: training.count, batchSize: 32, epochs: epochs)
    let watcher = EpochWatcher { progress.epochFinished($0.epoch, trainingLoss: $0.trainingLoss,
                                                        validationAccuracy: $0.validationAccuracy) }
    trainer.callbacks = [watcher]
    let history = try trainer.fit(training, validation: validation, epochs: epochs, batchSize: 32, using: &generator)
    progress.finish()
    return SubsetRun(name: setting.name, network: network, epochs: history.epochs,
                     trainingAccuracy: network.evaluate(training).accuracy,
                     validationAccuracy: network.evaluate(validation).accuracy)
}

/// Training accuracy (during each epoch, as training sees it) against validation accuracy,
/// one panel per run, on one scale.
func gapCurves(_ runs: [SubsetRun], images: Int) -> Multiplot {
    let panels = runs.map { run in
        LinePlot(title: run.name, xLabel: "epoch", yLabel: "accuracy", integerX: true, yRange: 0.5...1.0,
                 legend: .bottomRight,
                 series: [LineSeries(title: "training (during the epoch)", xs: run.epochs.map { Double($0.epoch) },
                                     ys: run.epochs.map { Double($0.trainingAccuracy) }),
                          LineSeries(title: "validation", xs: run.epochs.map { Double($0.epoch) },
                                     ys: run.epochs.map { Double($0.validationAccuracy ?? .nan) })])
    }
    return Multiplot(title: "\(images) training images: training against validation accuracy", columns: 3,
                     size: PlotSize(width: 1500, height: 800), panels: panels)
}

/// The demo's part 2: the loss after every step of `epochs` epochs at `learningRate`, and the step at
/// which it diverged, if it did.
func stepLosses(batchNorm: Bool, learningRate: Float, training: Dataset, imageRows: Int, imageColumns: Int,
                epochs: Int, seed: UInt64) throws -> (losses: [Float], divergedAt: Int?) {
    var generator = SeededGenerator(seed: seed)
    let network = smallNetwork(Regularizers(batchNorm: batchNorm), imageRows: imageRows, imageColumns: imageColumns,
                               layers: .engine, using: &generator)
    let trainer = Trainer(network: network, optimizer: Momentum(learningRate: learningRate, momentum: 0.9))
    do {
        return (try trainer.fit(training, epochs: epochs, batchSize: 64, using: &generator).stepLosses, nil)
    } catch let divergence as DivergenceError {
        return (divergence.history, divergence.step)
    }
}

/// The demo's part 3: the values going into each ReLU of `network` for `images`, layer by layer,
/// in evaluation mode, named by the layer that made them.
func reluInputs(_ network: Sequential, images: Tensor) -> [(layer: String, values: Tensor)] {
    let outputs = network.evaluating { network.layerOutputs(images) }
    return network.layers.indices.dropFirst().compactMap { index in
        guard network.layers[index] is ReLU else { return nil }
        let maker = network.layers[0..<index].last { $0 is Conv2D || $0 is Linear }
        return (maker.map(layerName) ?? "layer \(index)", outputs[index - 1])
    }
}

/// "conv1", "fc1": the name a layer was given.
func layerName(_ layer: any Layer) -> String {
    if let conv = layer as? Conv2D { return conv.name }
    if let linear = layer as? Linear { return String(linear.weight.name.dropLast(".weight".count)) }
    return layer.description
}
