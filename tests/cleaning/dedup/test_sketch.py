"""Shingle hashes, signatures and the hashing fold (cleaning/dedup/fold.py, sketch.py)."""

from pathlib import Path

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

from cleaning.dedup.fold import fold_text
from cleaning.dedup.sketch import SCHEME, minhash, permutations, shingle_hashes, sketch_text
from cleaning.dedup.fold import fold_codes

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
TEXT = (SEEDS / "001_93018d775d81dee2.txt").read_text(encoding="utf-8")


def test_fold_drops_punctuation_and_space_folds_digits_script_and_width():
    assert fold_text("今年3月24日,  召開動員大會!ＡＢ") == "今年0月0日召开动员大会ab"
    assert fold_text("共1,250人") == fold_text("共37人")


def test_signature_equals_datasketch_update_batch_on_the_same_shingle_hashes():
    hashes = shingle_hashes(fold_codes(TEXT), 5)
    reference = MinHash(num_perm=128, seed=3, hashfunc=lambda value: value)
    reference.update_batch(hashes.tolist())
    assert np.array_equal(minhash(hashes, *permutations(128, 3)), reference.hashvalues)


def test_signatures_work_in_datasketch_lsh():
    def lean(text):
        sketch = sketch_text(text, shingle_size=5, num_perm=128, seed=1, prefix_chars=300, sample_modulus=8)
        return LeanMinHash(seed=1, hashvalues=sketch.signature, scheme=SCHEME)

    other = (SEEDS / "003_5585bf28cbed5fe6.txt").read_text(encoding="utf-8")
    lsh = MinHashLSH(threshold=0.5, num_perm=128)
    lsh.insert("original", lean(TEXT))
    lsh.insert("other", lean(other))
    assert lsh.query(lean(TEXT.replace("卫生局", "县卫生局"))) == ["original"]


def test_shingles_of_a_text_shorter_than_the_shingle_size_are_one_shingle():
    assert shingle_hashes(fold_codes("报告"), 5).shape == (1,)
    assert shingle_hashes(fold_codes(""), 5).shape == (0,)


def test_sample_is_consistent_so_shared_text_gives_shared_sample():
    sketch = sketch_text(TEXT, shingle_size=5, num_perm=64, seed=1, prefix_chars=300, sample_modulus=8)
    cut = sketch_text(TEXT[:2000], shingle_size=5, num_perm=64, seed=1, prefix_chars=300, sample_modulus=8)
    assert np.all(np.isin(cut.sample, sketch.sample))
    assert np.all(sketch.sample % 8 == 0)
    assert np.array_equal(cut.prefix_signature, sketch.prefix_signature)
