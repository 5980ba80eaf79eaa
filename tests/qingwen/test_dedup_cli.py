"""`qingwen dedup` and `qingwen index stats|reset` as a user calls them."""

import json
import subprocess
import sys
from pathlib import Path

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qingwen", *args], capture_output=True, text=True, timeout=300)


def _records() -> list[dict]:
    full = (SEEDS / "001_93018d775d81dee2.txt").read_text(encoding="utf-8")
    other = (SEEDS / "004_ed6df0b4be30bd83.txt").read_text(encoding="utf-8")
    return [
        {"id": "cut", "text": full[: int(len(full) * 0.45)], "note": "paywalled copy"},
        {"id": "full", "text": full, "note": "the whole article"},
        {"id": "other", "text": other},
    ]


def test_dedup_keeps_the_complete_copy_under_the_users_own_ids(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records()), encoding="utf-8")
    result = _run("dedup", str(source), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    kept = [json.loads(line) for line in (tmp_path / "out" / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    dropped = [json.loads(line) for line in (tmp_path / "out" / "duplicates.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in kept} == {"full", "other"}
    assert next(r for r in kept if r["id"] == "full")["note"] == "the whole article"  # other fields pass through
    assert [(d["id"], d["duplicate_of"], d["match"]) for d in dropped] == [("cut", "full", "contained")]


def test_index_stats_and_reset_after_a_clean(tmp_path):
    out = tmp_path / "out"
    assert _run("clean", str(SEEDS), "--out", str(out), "--jobs", "1").returncode == 0
    stats = json.loads(_run("index", "stats", "--out", str(out)).stdout)
    assert stats["documents"] == 9  # the five seeds hold nine articles
    assert stats["parameters"]["num_perm"] == "128"
    assert _run("index", "reset", "--out", str(out)).returncode == 0
    assert json.loads(_run("index", "stats", "--out", str(out)).stdout)["documents"] == 0
