# PyTorch counterpart of Sources/Tools/Benchmark/LSTMBenchmark.swift (`swift run -c release bench lstm`):
# 100 training steps of a one-layer LSTM (16 inputs, 128 hidden) followed by a 128->10 linear
# layer on the last time step's hidden state, cross-entropy loss, Adam (lr 1e-3), over a fixed
# pool of 100 synthetic batches of 64 time-major sequences of 50 steps (N(0, 1) features; the
# label is the argmax of the first 10 features summed over time). The hidden state starts at
# zero for every batch. Two untimed warm-up steps on batches 0 and 1; only the 100 steps are timed.
import time

import torch
from torch import nn

STEPS, LENGTH, BATCH, FEATURES, HIDDEN, CLASSES = 100, 50, 64, 16, 128, 10


def batches():
    generator = torch.Generator().manual_seed(42)
    pool = []
    for _ in range(STEPS):
        x = torch.randn(LENGTH, BATCH, FEATURES, generator=generator)   # [T, n, features]
        y = x[:, :, :CLASSES].sum(dim=0).argmax(dim=1)                  # int64 in 0..9
        pool.append((x, y))
    return pool


class Network(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEATURES, HIDDEN, num_layers=1)
        self.linear = nn.Linear(HIDDEN, CLASSES)

    def forward(self, x):
        outputs, _ = self.lstm(x)            # hidden and cell states start at zero
        return self.linear(outputs[-1])      # the last time step's hidden state only


def main():
    torch.set_num_threads(2)
    torch.manual_seed(42)
    pool = batches()

    network = Network()
    # As the Swift engine: LSTM and linear weights U(-1/sqrt(hidden), 1/sqrt(hidden)), zero
    # biases except the forget gate's input bias, 1 (PyTorch's gate order is i, f, g, o).
    with torch.no_grad():
        bound = 1 / HIDDEN ** 0.5
        network.lstm.weight_ih_l0.uniform_(-bound, bound)
        network.lstm.weight_hh_l0.uniform_(-bound, bound)
        network.lstm.bias_hh_l0.zero_()
        network.lstm.bias_ih_l0.zero_()
        network.lstm.bias_ih_l0[HIDDEN:2 * HIDDEN] = 1
        network.linear.weight.uniform_(-bound, bound)
        network.linear.bias.zero_()
    optimizer = torch.optim.Adam(network.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()

    def step(inputs, targets):
        loss = loss_fn(network(inputs), targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        return loss.detach()

    for inputs, targets in pool[:2]:         # untimed warm-up
        step(inputs, targets)

    start = time.perf_counter()
    last_loss = None
    for inputs, targets in pool:
        last_loss = step(inputs, targets)
    seconds = time.perf_counter() - start

    print(f"lstm loss: {last_loss.item():.4f}")
    print(f"lstm seconds: {seconds:.3f}")
    print(f"lstm train: {round(STEPS * BATCH / seconds)} sequences/s")


if __name__ == "__main__":
    main()
