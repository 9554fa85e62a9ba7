# PyTorch counterpart of Sources/Tools/Benchmark/Bench.swift (`swift run -c release bench mlp`):
# one epoch of the 784-256-128-10 ReLU MLP on Fashion-MNIST at batch 64 (SGD, lr 0.05,
# momentum 0.9), then inference over the test set at batch 256. Only the loops are timed.
import torch
from torch import nn

from shared import time_epoch_and_inference


def main():
    torch.set_num_threads(2)
    torch.manual_seed(42)

    network = nn.Sequential(nn.Linear(784, 256), nn.ReLU(),
                            nn.Linear(256, 128), nn.ReLU(),
                            nn.Linear(128, 10))
    # As the Swift engine: weights U(-1/sqrt(fan_in), 1/sqrt(fan_in)), zero biases.
    with torch.no_grad():
        for layer in network:
            if isinstance(layer, nn.Linear):
                bound = 1 / layer.in_features ** 0.5
                layer.weight.uniform_(-bound, bound)
                layer.bias.zero_()
    time_epoch_and_inference(network, "mlp", (-1,))


if __name__ == "__main__":
    main()
