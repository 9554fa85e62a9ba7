# What the PyTorch peers of the image benches share: Fashion-MNIST's IDX files from Debian's
# dataset-fashion-mnist package, read as the Swift benches read them, and the timed loops, as
# `timeEpochAndInference` in Sources/Tools/Benchmark/Bench.swift: one epoch at batch 64 (SGD,
# lr 0.05, momentum 0.9), then inference over the test set at batch 256.
import gzip
import time

import numpy as np
import torch
from torch import nn

DATA = "/usr/share/datasets/fashion-mnist/"


def idx(name):
    with gzip.open(DATA + name, "rb") as f:
        raw = f.read()
    zero, dtype, rank = raw[0] << 8 | raw[1], raw[2], raw[3]
    assert zero == 0 and dtype == 0x08, f"{name}: not an unsigned-byte IDX file"
    shape = [int.from_bytes(raw[4 + 4 * i: 8 + 4 * i], "big") for i in range(rank)]
    data = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * rank)
    assert data.size == int(np.prod(shape)), f"{name}: {data.size} bytes for shape {shape}"
    return data.reshape(shape)


def dataset(prefix, image_shape):
    """The images of `prefix` ("train" or "t10k") as floats in [0, 1], each of `image_shape`, and their labels."""
    images = idx(f"{prefix}-images-idx3-ubyte.gz")
    labels = idx(f"{prefix}-labels-idx1-ubyte.gz")
    x = torch.from_numpy(images.reshape(images.shape[0], *image_shape).astype(np.float32) / 255)
    y = torch.from_numpy(labels.astype(np.int64))
    return x, y


def time_epoch_and_inference(network, name, image_shape):
    """Trains `network` for one epoch on the training set, images of `image_shape`, then runs it on
    the test set, timing only the loops; prints the images per second of both last."""
    x_train, y_train = dataset("train", image_shape)
    x_test, y_test = dataset("t10k", image_shape)
    optimizer = torch.optim.SGD(network.parameters(), lr=0.05, momentum=0.9)
    loss_fn = nn.CrossEntropyLoss()

    n = x_train.shape[0]
    order = torch.randperm(n, generator=torch.Generator().manual_seed(42))
    network.train()
    start = time.perf_counter()
    last_loss = None
    for s in range(0, n, 64):
        rows = order[s:s + 64]
        inputs, targets = x_train[rows], y_train[rows]   # gather the batch's images, as Swift does
        loss = loss_fn(network(inputs), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        last_loss = loss.detach()
    training_seconds = time.perf_counter() - start

    network.eval()
    start = time.perf_counter()
    correct = 0
    with torch.no_grad():
        for s in range(0, x_test.shape[0], 256):
            scores = network(x_test[s:s + 256])
            correct += (scores.argmax(dim=1) == y_test[s:s + 256]).sum().item()
    inference_seconds = time.perf_counter() - start

    print(f"trained on {n} images in {training_seconds:.2f} s; last batch loss {last_loss.item():.4f}; "
          f"test accuracy after one epoch {correct / x_test.shape[0]:.4f}")
    print(f"{name} train: {int(n / training_seconds)} images/s")
    print(f"{name} inference: {int(x_test.shape[0] / inference_seconds)} images/s")
