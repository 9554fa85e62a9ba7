# PyTorch counterpart of Sources/Tools/Benchmark/AutoencoderBenchmark.swift
# (`swift run -c release bench autoencoder`): chapter 13's convolutional autoencoder with the
# 4x4 transposed-convolution decoder. Encoder conv 3x3 (1->16, padding 1), ReLU, max-pool 2,
# conv 3x3 (16->4, padding 1), ReLU, max-pool 2; decoder ConvTranspose 4x4 (4->16, stride 2,
# padding 1), ReLU, ConvTranspose 4x4 (16->1, stride 2, padding 1): the pixels' logits. One epoch
# at batch 128 of binary cross-entropy on the pixels with Adam (lr 0.001), then reconstruction of
# the test set at batch 256. Only the loops are timed.
import time

import torch
from torch import nn

from shared import dataset


def autoencoder():
    network = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(16, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
        nn.ConvTranspose2d(4, 16, 4, stride=2, padding=1), nn.ReLU(),
        nn.ConvTranspose2d(16, 1, 4, stride=2, padding=1))
    # As the Swift engine: He normal kernels, std sqrt(2 / fan_in), where a transposed convolution's
    # fan-in is in_channels * k * k / stride^2 (the inputs each output sums); zero biases.
    with torch.no_grad():
        for layer in network.modules():
            if isinstance(layer, nn.Conv2d):
                layer.weight.normal_(0, (2 / (layer.in_channels * 9)) ** 0.5)
                layer.bias.zero_()
            elif isinstance(layer, nn.ConvTranspose2d):
                layer.weight.normal_(0, (2 / max(1, layer.in_channels * 16 // 4)) ** 0.5)
                layer.bias.zero_()
    return network


def main():
    torch.set_num_threads(2)
    torch.manual_seed(42)
    network = autoencoder()
    x_train, _ = dataset("train", (1, 28, 28))
    x_test, _ = dataset("t10k", (1, 28, 28))
    optimizer = torch.optim.Adam(network.parameters(), lr=1e-3)
    loss_fn = nn.BCEWithLogitsLoss()

    n = x_train.shape[0]
    order = torch.randperm(n, generator=torch.Generator().manual_seed(42))
    network.train()
    start = time.perf_counter()
    last_loss = None
    for s in range(0, n, 128):
        batch = x_train[order[s:s + 128]]   # gather the batch's images, as Swift does
        loss = loss_fn(network(batch), batch)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        last_loss = loss.detach()
    training_seconds = time.perf_counter() - start

    network.eval()
    start = time.perf_counter()
    total = 0.0
    with torch.no_grad():
        for s in range(0, x_test.shape[0], 256):
            batch = x_test[s:s + 256]
            total += loss_fn(network(batch), batch).item() * batch.shape[0]
    inference_seconds = time.perf_counter() - start

    print(f"trained on {n} images in {training_seconds:.2f} s; last batch loss {last_loss.item():.4f}; "
          f"test loss after one epoch {total / x_test.shape[0]:.4f}")
    print(f"autoencoder train: {int(n / training_seconds)} images/s")
    print(f"autoencoder inference: {int(x_test.shape[0] / inference_seconds)} images/s")


if __name__ == "__main__":
    main()
