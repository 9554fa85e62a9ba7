# The reader the PyTorch peers share: Fashion-MNIST's IDX files from Debian's
# dataset-fashion-mnist package, read as the Swift benches read them.
import gzip

import numpy as np
import torch

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
