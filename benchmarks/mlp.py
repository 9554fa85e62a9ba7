# PyTorch counterpart of Sources/Tools/Benchmark/Bench.swift (`swift run -c release bench mlp`):
# one epoch of the 784-256-128-10 ReLU MLP on Fashion-MNIST at batch 64 (SGD, lr 0.05,
# momentum 0.9), then inference over the test set at batch 256. Only the loops are timed.
import time

import torch
from torch import nn

from fashion_mnist import dataset


def main():
    torch.set_num_threads(2)
    torch.manual_seed(42)
    x_train, y_train = dataset("train", (-1,))
    x_test, y_test = dataset("t10k", (-1,))

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
    optimizer = torch.optim.SGD(network.parameters(), lr=0.05, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()

    n = x_train.shape[0]
    order = torch.randperm(n, generator=torch.Generator().manual_seed(42))
    start = time.perf_counter()
    last_loss = None
    for s in range(0, n, 64):
        rows = order[s:s + 64]
        inputs, targets = x_train[rows], y_train[rows]   # gather the batch's rows, as Swift does
        loss = loss_fn(network(inputs), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        last_loss = loss.detach()
    training_seconds = time.perf_counter() - start

    start = time.perf_counter()
    correct = 0
    with torch.no_grad():
        for s in range(0, x_test.shape[0], 256):
            scores = network(x_test[s:s + 256])
            correct += (scores.argmax(dim=1) == y_test[s:s + 256]).sum().item()
    inference_seconds = time.perf_counter() - start

    print(f"trained on {n} images in {training_seconds:.2f} s; last batch loss {last_loss.item():.4f}; "
          f"test accuracy after one epoch {correct / x_test.shape[0]:.4f}")
    print(f"mlp train: {int(n / training_seconds)} images/s")
    print(f"mlp inference: {int(x_test.shape[0] / inference_seconds)} images/s")


if __name__ == "__main__":
    main()
