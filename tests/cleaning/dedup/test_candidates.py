"""Band keys sorted and merged by the compiled kernels, and looked up across segments (cleaning/dedup/candidates.py)."""

import numpy as np
import pytest

from cleaning.dedup.candidates import NUMBER, BandIndex, merge_sorted, sort_pairs


def random_keys(rng: np.random.Generator, size: int, distinct: int) -> np.ndarray:
    """Uniform 64-bit keys drawn from `distinct` values, so equal keys occur as copies' band keys do."""
    values = rng.integers(0, 2**64 - 1, distinct, dtype=np.uint64, endpoint=True)
    return values[rng.integers(0, distinct, size)]


@pytest.mark.parametrize("size, distinct", [(0, 1), (1, 1), (7, 3), (5_000, 5_000), (200_000, 150_000), (50_000, 40)])
def test_sort_pairs_orders_like_a_stable_argsort(size, distinct):
    rng = np.random.default_rng(size)
    keys = random_keys(rng, size, distinct)
    numbers = np.arange(size, dtype=NUMBER)
    order = np.argsort(keys, kind="stable")
    sorted_keys, sorted_numbers = sort_pairs(keys, numbers)
    assert np.array_equal(sorted_keys, keys[order]) and np.array_equal(sorted_numbers, numbers[order])


def test_sort_pairs_handles_keys_that_all_share_their_top_bits():
    keys = np.arange(10_000, dtype=np.uint64)[::-1].copy()  # not uniform: one bucket holds everything
    sorted_keys, sorted_numbers = sort_pairs(keys, np.arange(10_000, dtype=NUMBER))
    assert np.array_equal(sorted_keys, np.arange(10_000, dtype=np.uint64))
    assert np.array_equal(sorted_numbers, np.arange(10_000)[::-1])


def test_merge_sorted_keeps_the_first_runs_pairs_first_on_equal_keys():
    rng = np.random.default_rng(1)
    keys_a, keys_b = np.sort(random_keys(rng, 3_000, 500)), np.sort(random_keys(rng, 1_000, 500))
    numbers_a, numbers_b = np.arange(3_000, dtype=NUMBER), np.arange(3_000, 4_000, dtype=NUMBER)
    keys, numbers = merge_sorted(keys_a, numbers_a, keys_b, numbers_b)
    both_keys, both_numbers = np.concatenate([keys_a, keys_b]), np.concatenate([numbers_a, numbers_b])
    order = np.argsort(both_keys, kind="stable")
    assert np.array_equal(keys, both_keys[order]) and np.array_equal(numbers, both_numbers[order])


def test_band_index_finds_every_stored_document_sharing_a_key():
    rng = np.random.default_rng(2)
    index, stored = BandIndex(), {}
    # a batch over the pending limit becomes a segment at once; the next two overflow the pending dict into a
    # second segment that merges with the first; the last stays pending
    for first, count in [(0, 40_000), (40_000, 5_000), (45_000, 30_000), (75_000, 50)]:
        keys = random_keys(rng, count * 8, 200_000).reshape(count, 8)
        numbers = np.arange(first, first + count, dtype=np.int64)
        index.add(keys, numbers)
        for number, row in zip(numbers.tolist(), keys.tolist()):
            for key in row:
                stored.setdefault(key, set()).add(number)
    assert len(index._segments) == 1 and index._pending  # the layout the comment above promises
    queries = random_keys(rng, 400 * 8, 200_000).reshape(400, 8)
    expected = sorted({(row, n) for row, keys in enumerate(queries.tolist()) for key in keys for n in stored.get(key, ())})
    assert len(index) == 75_050 * 8
    assert [tuple(pair) for pair in index.lookup(queries).tolist()] == expected
