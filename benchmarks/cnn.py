# PyTorch counterpart of Sources/Tools/Benchmark/CNNBenchmark.swift (`swift run -c release bench cnn`):
# one epoch of a LeNet-style CNN on Fashion-MNIST at batch 64 (SGD, lr 0.05, momentum 0.9),
# conv 5x5 (1->32), ReLU, max-pool 2, conv 5x5 (32->64), ReLU, max-pool 2, flatten,
# fc 1024->128, ReLU, fc 128->10; then inference over the test set at batch 256.
# Only the loops are timed. With --batchnorm (`bench cnn --batchnorm`, chapter 07): batch
# normalisation between each convolution and its ReLU, dropout 0.5 before the last layer.
import sys

import torch
from torch import nn

from shared import time_epoch_and_inference


def main():
    torch.set_num_threads(2)
    torch.manual_seed(42)

    batchnorm = "--batchnorm" in sys.argv[1:]
    name = "cnn-bn" if batchnorm else "cnn"
    def normalised(features):
        return [nn.BatchNorm2d(features)] if batchnorm else []
    network = nn.Sequential(nn.Conv2d(1, 32, 5), *normalised(32), nn.ReLU(), nn.MaxPool2d(2),
                            nn.Conv2d(32, 64, 5), *normalised(64), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                            nn.Linear(1024, 128), nn.ReLU(), *([nn.Dropout(0.5)] if batchnorm else []),
                            nn.Linear(128, 10))
    # As the Swift engine: He normal kernels (std sqrt(2 / (in * 25))), linear weights
    # U(-1/sqrt(fan_in), 1/sqrt(fan_in)), zero biases.
    with torch.no_grad():
        for layer in network:
            if isinstance(layer, nn.Conv2d):
                fan_in = layer.in_channels * 25
                layer.weight.normal_(0, (2 / fan_in) ** 0.5)
                layer.bias.zero_()
            elif isinstance(layer, nn.Linear):
                bound = 1 / layer.in_features ** 0.5
                layer.weight.uniform_(-bound, bound)
                layer.bias.zero_()
    time_epoch_and_inference(network, name, (1, 28, 28))


if __name__ == "__main__":
    main()
