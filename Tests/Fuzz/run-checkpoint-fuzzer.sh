#!/usr/bin/env bash
# A longer, coverage-guided search for inputs that make the checkpoint reader trap, beyond the
# seeded rounds of Tests/EngineTests/ReaderFuzzTests.swift. It builds the reader with libFuzzer
# (`swiftc -sanitize=fuzzer`, which this toolchain supports on Linux) and runs it for SECONDS
# (default 60), starting from a valid checkpoint. A crash stops it and leaves the input that
# caused it as crash-* in the current folder.
#
#   Tests/Fuzz/run-checkpoint-fuzzer.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-60}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swiftc -parse-as-library -O -sanitize=fuzzer,address \
    Sources/Support/Checkpoints/Checkpoint.swift Tests/Fuzz/CheckpointFuzzer.swift -o "$work/fuzzer"
mkdir -p "$work/corpus"
# The seed: a valid checkpoint, written by the reader's own writer.
mkdir -p "$work/seed-source"
cat > "$work/seed-source/main.swift" <<'SWIFT'
import Foundation
let checkpoint = Checkpoint(model: "seed", entries: [
    .init(kind: .parameter, name: "w", shape: [2, 3], scalars: (0..<6).map(Float.init)),
    .init(kind: .layerState, name: "mean", shape: [3], scalars: [1, 2, 3]),
])
try Data(checkpoint.bytes).write(to: URL(fileURLWithPath: CommandLine.arguments[1]))
SWIFT
swiftc Sources/Support/Checkpoints/Checkpoint.swift "$work/seed-source/main.swift" -o "$work/seed"
"$work/seed" "$work/corpus/seed.ckpt"
"$work/fuzzer" -max_total_time="$seconds" -max_len=4096 "$work/corpus"
