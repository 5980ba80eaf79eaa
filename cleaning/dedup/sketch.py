"""Shingle hashes and MinHash signatures of folded texts, computed by compiled kernels (never a loop per shingle in Python).

Signatures follow datasketch's "affine32" scheme bit for bit: permutations (a, b) drawn from
`numpy.random.RandomState(seed)` as datasketch draws them, each 32-bit shingle hash pre-mixed with the
MurmurHash3 finalizer, then `a * h + b mod 2**32` and the minimum per permutation. So
`LeanMinHash(seed=seed, hashvalues=signature, scheme="affine32")` is a datasketch sketch of the same shingle
set (with `hashfunc` the identity on our shingle hashes), usable in `MinHashLSH`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numba
import numpy as np

from cleaning.dedup.fold import fold_codes

SCHEME = "affine32"  # datasketch's name for the permutation scheme implemented here
_MAX = np.uint32(0xFFFFFFFF)


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutation parameters (odd a, any b), drawn in datasketch's order."""
    generator = np.random.RandomState(seed)
    a = generator.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


@numba.njit(cache=True)
def _fmix64(h):
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


@numba.njit(cache=True)
def shingle_hashes(codes: np.ndarray, size: int) -> np.ndarray:
    """32-bit hash of every run of `size` consecutive code points (the whole text when it is shorter)."""
    count = max(codes.shape[0] - size + 1, 1) if codes.shape[0] else 0
    out = np.empty(count, dtype=np.uint32)
    for start in range(count):
        h = np.uint64(0x9E3779B97F4A7C15)
        for offset in range(start, min(start + size, codes.shape[0])):
            h = (h ^ np.uint64(codes[offset])) * np.uint64(0x100000001B3)
        out[start] = np.uint32(_fmix64(h) >> np.uint64(32))
    return out


@numba.njit(cache=True)
def _fmix32(h):
    # numba widens uint32 arithmetic, so every step is cut back to 32 bits explicitly
    h = np.uint32(h ^ (h >> np.uint32(16)))
    h = np.uint32(h * np.uint32(0x85EBCA6B))
    h = np.uint32(h ^ (h >> np.uint32(13)))
    h = np.uint32(h * np.uint32(0xC2B2AE35))
    return np.uint32(h ^ (h >> np.uint32(16)))


@numba.njit(cache=True)
def minhash(hashes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The affine32 MinHash signature of a set of 32-bit hashes; all 0xFFFFFFFF for an empty set."""
    signature = np.full(a.shape[0], np.uint32(0xFFFFFFFF), dtype=np.uint32)
    for h in hashes:
        mixed = _fmix32(h)
        for k in range(a.shape[0]):  # the inner loop is what LLVM vectorises
            value = np.uint32(a[k] * mixed + b[k])
            if value < signature[k]:
                signature[k] = value
    return signature


@numba.njit(cache=True)
def verification_sample(hashes: np.ndarray, modulus: int) -> np.ndarray:
    """The distinct hashes divisible by `modulus`, sorted: a consistent sample, so that the sample of the
    intersection of two sets is the intersection of their samples."""
    kept = hashes[hashes % np.uint32(modulus) == 0]
    return np.unique(kept)


@dataclass(frozen=True)
class Sketch:
    """What dedup keeps of one document: enough to find its copies and to verify them, without the text."""

    exact_key: int  # signed 64-bit blake2b of the folded text: equal for exact duplicates
    shingles: int  # number of shingles (with repeats), the document's length as the hashes see it
    signature: np.ndarray  # uint32[num_perm] over the whole text
    prefix_signature: np.ndarray  # uint32[num_perm] over the first prefix_chars folded code points
    sample: np.ndarray  # sorted distinct uint32 shingle hashes divisible by sample_modulus


def sketch_text(text: str, *, shingle_size: int, num_perm: int, seed: int, prefix_chars: int, sample_modulus: int) -> Sketch:
    """Fold, shingle and sketch one text."""
    codes = fold_codes(text)
    a, b = permutations(num_perm, seed)
    hashes = shingle_hashes(codes, shingle_size)
    prefix = hashes[: max(prefix_chars - shingle_size + 1, 1)]
    digest = hashlib.blake2b(codes.tobytes(), digest_size=8).digest()
    return Sketch(
        exact_key=int.from_bytes(digest, "little", signed=True),
        shingles=int(hashes.shape[0]),
        signature=minhash(hashes, a, b),
        prefix_signature=minhash(prefix, a, b),
        sample=verification_sample(hashes, sample_modulus),
    )
