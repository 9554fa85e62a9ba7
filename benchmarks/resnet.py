# PyTorch counterpart of Sources/Tools/Benchmark/ResNetBenchmark.swift (`swift run -c release bench resnet`):
# chapter 11's 14-layer ResNet on Fashion-MNIST: conv 3x3 (1->16), batch norm, ReLU; three stages
# of two residual blocks at 16, 32 and 64 channels (the first of stages 2 and 3 of stride 2, its
# shortcut a 1x1 convolution of stride 2 with batch norm); global average pooling; fc 64->10.
# One epoch at batch 64 (SGD, lr 0.05, momentum 0.9), then inference over the test set at batch
# 256. Only the loops are timed.
import torch
from torch import nn

from shared import time_epoch_and_inference


class Block(nn.Module):
    """relu(F(x) + S(x)): F conv 3x3 (stride s), BN, ReLU, conv 3x3, BN; S the identity or conv 1x1 (stride s), BN."""

    def __init__(self, inputs, outputs, stride):
        super().__init__()
        self.residual = nn.Sequential(nn.Conv2d(inputs, outputs, 3, stride, 1), nn.BatchNorm2d(outputs), nn.ReLU(),
                                      nn.Conv2d(outputs, outputs, 3, 1, 1), nn.BatchNorm2d(outputs))
        same = stride == 1 and inputs == outputs
        self.projection = None if same else nn.Sequential(nn.Conv2d(inputs, outputs, 1, stride), nn.BatchNorm2d(outputs))

    def forward(self, x):
        return torch.relu(self.residual(x) + (x if self.projection is None else self.projection(x)))


def resnet(blocks=2, width=16):
    layers = [nn.Conv2d(1, width, 3, 1, 1), nn.BatchNorm2d(width), nn.ReLU()]
    channels = width
    for stage in range(3):
        for block in range(blocks):
            layers.append(Block(channels, width << stage, 2 if stage > 0 and block == 0 else 1))
            channels = width << stage
    network = nn.Sequential(*layers, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(channels, 10))
    # As the Swift engine: He normal kernels (std sqrt(2 / fan_in)), linear weights
    # U(-1/sqrt(fan_in), 1/sqrt(fan_in)), zero biases; batch norm starts at scale 1, shift 0.
    with torch.no_grad():
        for layer in network.modules():
            if isinstance(layer, nn.Conv2d):
                fan_in = layer.in_channels * layer.kernel_size[0] * layer.kernel_size[1]
                layer.weight.normal_(0, (2 / fan_in) ** 0.5)
                layer.bias.zero_()
            elif isinstance(layer, nn.Linear):
                bound = 1 / layer.in_features ** 0.5
                layer.weight.uniform_(-bound, bound)
                layer.bias.zero_()
    return network


def main():
    torch.set_num_threads(2)
    torch.manual_seed(42)
    network = resnet()
    time_epoch_and_inference(network, "resnet", (1, 28, 28))


if __name__ == "__main__":
    main()
