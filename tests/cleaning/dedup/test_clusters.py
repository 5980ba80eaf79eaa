"""Tests for pair verification: the shared-hash count against numpy's intersection, and the measures built on it."""

from __future__ import annotations

import numpy as np
import pytest

from cleaning.dedup.clusters import common_count, compare


def _sample(rng: np.random.Generator, size: int, high: int) -> np.ndarray:
    return np.unique(rng.integers(0, high, size, dtype=np.uint32))


@pytest.mark.parametrize("seed", range(5))
def test_common_count_equals_the_size_of_numpys_intersection(seed):
    rng = np.random.default_rng(seed)
    for _ in range(200):
        high = int(rng.choice([10, 1_000, 2**32 - 1]))
        a, b = _sample(rng, int(rng.integers(0, 400)), high), _sample(rng, int(rng.integers(0, 400)), high)
        assert common_count(a, b) == np.intersect1d(a, b, assume_unique=True).shape[0]


def test_common_count_reads_samples_stored_as_read_only_bytes():
    a = np.array([1, 5, 9, 2**32 - 1], dtype=np.uint32)
    stored = np.frombuffer(a.tobytes(), dtype=np.uint32)  # what the index reads back from SQLite
    assert common_count(stored, np.array([5, 2**32 - 1, 7], dtype=np.uint32)) == 2


def test_compare_measures_jaccard_and_containment_of_the_shorter():
    longer = np.arange(0, 100, dtype=np.uint32)
    shorter = np.arange(50, 110, dtype=np.uint32)
    similarity = compare(longer, 800, shorter, 480)
    assert similarity.jaccard == 50 / 110
    assert similarity.containment == 50 / 60
    assert similarity.shorter_share == 480 / 800


def test_warm_up_loads_the_kernels_an_admission_uses_in_a_fresh_process():
    import subprocess
    import sys

    script = (
        "from cleaning.dedup import DedupConfig\n"
        "from cleaning.dedup.index import warm_up\n"
        "from cleaning.dedup import candidates, clusters, fold, sketch\n"
        "kernels = [fold._fold_kernel, sketch.shingle_hashes, sketch.minhash, sketch.verification_sample,\n"
        "           candidates._band_keys_kernel, clusters.common_count]\n"
        "assert not any(k.signatures for k in kernels)\n"
        "warm_up(DedupConfig())\n"
        "print([len(k.signatures) for k in kernels])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[1, 1, 1, 1, 1, 1]"
