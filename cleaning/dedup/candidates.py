"""Candidate pairs: LSH band keys of the whole-text and prefix signatures, looked up in sorted arrays."""

from __future__ import annotations

import numba
import numpy as np

# Band keys of the prefix signature use this many bands (of `band_rows` rows, on the first permutations):
# a copy cut short shares its first characters whole, so its prefix Jaccard is near 1 and 16 bands of 4 rows
# find it with probability > 0.99 from a prefix Jaccard of 0.7.
PREFIX_BANDS = 16
# Pending keys are sorted into a segment beyond this many entries: a Python dict of ~250k keys (~30 MB).
_PENDING_LIMIT = 1 << 18


@numba.njit(cache=True)
def _band_keys_kernel(signatures: np.ndarray, bands: int, rows: int, salt: np.uint64) -> np.ndarray:
    out = np.empty((signatures.shape[0], bands), dtype=np.uint64)
    for doc in range(signatures.shape[0]):
        for band in range(bands):
            h = salt ^ (np.uint64(band) * np.uint64(0x9E3779B97F4A7C15))
            for row in range(band * rows, band * rows + rows):
                h = (h ^ np.uint64(signatures[doc, row])) * np.uint64(0x100000001B3)
                h ^= h >> np.uint64(29)
            out[doc, band] = h
    return out


def band_keys(signatures: np.ndarray, prefix_signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """uint64 keys (documents x bands): whole-text bands, then prefix bands, in separate key spaces."""
    whole = _band_keys_kernel(signatures, bands, rows, np.uint64(0x5157454E))
    prefix_bands = min(PREFIX_BANDS, bands)
    prefix = _band_keys_kernel(prefix_signatures, prefix_bands, rows, np.uint64(0x50524546))
    return np.ascontiguousarray(np.hstack([whole, prefix]))


def pairs_within(keys: np.ndarray) -> np.ndarray:
    """Pairs (i, j), i < j, of rows of `keys` that share a band key, without repeats; shape (n, 2)."""
    flat = keys.ravel()
    rows = np.repeat(np.arange(keys.shape[0], dtype=np.int64), keys.shape[1])
    order = np.argsort(flat, kind="stable")
    flat, rows = flat[order], rows[order]
    starts = np.flatnonzero(np.r_[True, flat[1:] != flat[:-1]])
    sizes = np.diff(np.r_[starts, flat.shape[0]])
    pairs = []
    for start, size in zip(starts[sizes > 1], sizes[sizes > 1]):
        group = np.unique(rows[start : start + size])
        if group.shape[0] > 1:
            left, right = np.triu_indices(group.shape[0], k=1)
            pairs.append(np.stack([group[left], group[right]], axis=1))
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    return np.unique(np.vstack(pairs), axis=0)


# Document numbers inside the band index: 4 bytes each (48 per document), enough for 2**31 documents.
NUMBER = np.int32
# Top bits of the key that split the keys into buckets before each bucket is sorted on its own: 1,024 buckets
# of ~47,000 keys (at 48M keys, a million documents) are each ~0.5 MB, so the second split runs in cache.
_TOP_BITS = 10


@numba.njit(cache=True)
def _split(keys, numbers, out_keys, out_numbers, lo, hi, shift, bits):
    """Counting sort of keys[lo:hi] on `bits` bits from `shift` into out[lo:hi]; returns the bucket bounds."""
    mask = np.uint64((1 << bits) - 1)
    bounds = np.zeros((1 << bits) + 1, dtype=np.int64)
    for i in range(lo, hi):
        bounds[np.int64((keys[i] >> shift) & mask) + 1] += 1
    bounds[0] = lo
    for bucket in range(1 << bits):
        bounds[bucket + 1] += bounds[bucket]
    fill = bounds[:-1].copy()
    for i in range(lo, hi):
        bucket = np.int64((keys[i] >> shift) & mask)
        out_keys[fill[bucket]] = keys[i]
        out_numbers[fill[bucket]] = numbers[i]
        fill[bucket] += 1
    return bounds


@numba.njit(cache=True)
def _insertion_sort(keys, numbers, lo, hi):
    for i in range(lo + 1, hi):
        key, number = keys[i], numbers[i]
        j = i - 1
        while j >= lo and keys[j] > key:  # strict: equal keys keep their order
            keys[j + 1] = keys[j]
            numbers[j + 1] = numbers[j]
            j -= 1
        keys[j + 1] = key
        numbers[j + 1] = number


@numba.njit(cache=True)
def sort_pairs(keys: np.ndarray, numbers: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Keys sorted, numbers alongside, stable; new arrays. Band keys are uniform hashes, so two counting sorts on
    their top bits leave buckets of ~8 keys to insertion-sort: 48M pairs in ~2 s where np.argsort takes ~8 s."""
    scratch_keys, scratch_numbers = np.empty_like(keys), np.empty_like(numbers)
    out_keys, out_numbers = np.empty_like(keys), np.empty_like(numbers)
    top = _split(keys, numbers, scratch_keys, scratch_numbers, 0, keys.shape[0], np.uint64(64 - _TOP_BITS), _TOP_BITS)
    for bucket in range(1 << _TOP_BITS):
        lo, hi = top[bucket], top[bucket + 1]
        bits = 1
        while (1 << bits) < (hi - lo) // 8 and bits < 20:  # ~8 keys per inner bucket
            bits += 1
        inner = _split(scratch_keys, scratch_numbers, out_keys, out_numbers, lo, hi, np.uint64(64 - _TOP_BITS - bits), bits)
        for sub in range(1 << bits):
            if inner[sub + 1] - inner[sub] > 1:
                _insertion_sort(out_keys, out_numbers, inner[sub], inner[sub + 1])
    return out_keys, out_numbers


@numba.njit(cache=True)
def merge_sorted(keys_a, numbers_a, keys_b, numbers_b):
    """Two sorted runs merged into one, in linear time; on equal keys a's pairs come first."""
    size_a, size_b = keys_a.shape[0], keys_b.shape[0]
    out_keys = np.empty(size_a + size_b, dtype=keys_a.dtype)
    out_numbers = np.empty(size_a + size_b, dtype=numbers_a.dtype)
    i = j = 0
    for k in range(size_a + size_b):
        if j >= size_b or (i < size_a and keys_a[i] <= keys_b[j]):
            out_keys[k], out_numbers[k] = keys_a[i], numbers_a[i]
            i += 1
        else:
            out_keys[k], out_numbers[k] = keys_b[j], numbers_b[j]
            j += 1
    return out_keys, out_numbers


class BandIndex:
    """Band key -> document numbers, for millions of documents: sorted numpy segments plus a small pending dict.

    Segments merge when the newer one has grown to the size of the older one, so each key is re-sorted
    O(log n) times over a run and a lookup searches O(log n) segments.
    """

    def __init__(self) -> None:
        self._segments: list[tuple[np.ndarray, np.ndarray]] = []  # (sorted keys, document numbers)
        self._pending: dict[int, list[int]] = {}
        self._pending_size = 0

    def __len__(self) -> int:
        return sum(keys.shape[0] for keys, _ in self._segments) + self._pending_size

    def add(self, keys: np.ndarray, numbers: np.ndarray) -> None:
        """Add the band keys (documents x bands) of documents numbered `numbers`."""
        if keys.size > _PENDING_LIMIT:
            self._push(keys.ravel(), np.repeat(numbers.astype(NUMBER), keys.shape[1]))
            return
        for row, number in zip(keys.tolist(), numbers.tolist()):
            for key in row:
                self._pending.setdefault(key, []).append(number)
        self._pending_size += keys.size
        if self._pending_size > _PENDING_LIMIT:
            self._flush()

    def _flush(self) -> None:
        keys = np.fromiter(
            (key for key, numbers in self._pending.items() for _ in numbers), dtype=np.uint64, count=self._pending_size
        )
        numbers = np.fromiter(
            (n for numbers in self._pending.values() for n in numbers), dtype=NUMBER, count=self._pending_size
        )
        self._pending, self._pending_size = {}, 0
        self._push(keys, numbers)

    def _push(self, keys: np.ndarray, numbers: np.ndarray) -> None:
        self._segments.append(sort_pairs(keys, numbers))
        while len(self._segments) > 1 and self._segments[-1][0].shape[0] >= self._segments[-2][0].shape[0] // 2:
            (keys_b, numbers_b), (keys_a, numbers_a) = self._segments.pop(), self._segments.pop()
            self._segments.append(merge_sorted(keys_a, numbers_a, keys_b, numbers_b))

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """Pairs (row of `keys`, document number) for every stored document sharing a key with that row."""
        flat = keys.ravel()
        rows = np.repeat(np.arange(keys.shape[0], dtype=np.int64), keys.shape[1])
        found = []
        for sorted_keys, numbers in self._segments:
            lo = np.searchsorted(sorted_keys, flat, side="left")
            hi = np.searchsorted(sorted_keys, flat, side="right")
            hits = np.flatnonzero(hi > lo)
            for index in hits.tolist():
                span = numbers[lo[index] : hi[index]]
                found.append(np.stack([np.full(span.shape[0], rows[index]), span], axis=1))
        if self._pending:
            for index, key in enumerate(flat.tolist()):
                stored = self._pending.get(key)
                if stored:
                    found.append(np.array([[rows[index], n] for n in stored], dtype=np.int64))
        if not found:
            return np.empty((0, 2), dtype=np.int64)
        return np.unique(np.vstack(found), axis=0)
