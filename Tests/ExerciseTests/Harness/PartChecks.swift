// Every exercise part's checks, by part: `checkPart("2.3")` runs `partChecks["2.3"]`
// twice, in a child process and then in the test process (Transcript.swift). A new part
// adds its line here and its @Test in its suite.

let partChecks: [String: @Sendable () throws -> Void] = [
    "1.1": PerceptronChecks.predict,
    "1.2": PerceptronChecks.perceptronRule,
    "1.3": PerceptronChecks.deltaRule,
    "1.4": PerceptronChecks.epoch,
    "2.1": LinearRegressionChecks.meanSquaredError,
    "2.2": LinearRegressionChecks.gradient,
    "2.3": LinearRegressionChecks.normalEquations,
    "2.4": LinearRegressionChecks.ridgeGradient,
    "2.5": LinearRegressionChecks.miniBatchEpoch,
    "2.6": LinearRegressionChecks.finiteDifferences,
    "3.1": ClassificationChecks.softmax,
    "3.2": ClassificationChecks.crossEntropy,
    "3.3": ClassificationChecks.logitGradient,
    "3.4": ClassificationChecks.accuracy,
    "3.5": ClassificationChecks.regressionGradient,
    "4.1": BackpropagationChecks.linear,
    "4.2": BackpropagationChecks.relu,
    "4.3": BackpropagationChecks.sigmoid,
    "4.4": BackpropagationChecks.tanh,
    "4.5": BackpropagationChecks.twoLayers,
    "5.1": TrainingChecks.xavier,
    "5.2": TrainingChecks.he,
    "5.3": TrainingChecks.momentum,
    "5.4": TrainingChecks.adam,
    "5.5": TrainingChecks.earlyStopping,
    // Stand-ins for a learner's broken code, used to test the isolation itself.
    "harness.trap": IsolationChecks.trap,
    "harness.hang": IsolationChecks.hang,
    "harness.nap": IsolationChecks.nap,
    "harness.sleep": IsolationChecks.sleepForever,
    "harness.pass": IsolationChecks.pass,
    "harness.exit": IsolationChecks.exitEarly,
    "harness.forged": IsolationChecks.forgedTranscript,
]
