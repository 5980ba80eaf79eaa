"""Prints pages/s of `qingwen clean` beside trafilatura's bare extraction of the same pages, measured in the same run.

The baselines are what any user of trafilatura pays at least: the pages decoded with their declared charset and
handed one by one in one process to `trafilatura.bare_extraction` with metadata (title and date: the same job qingwen
does), and, for reference, to `trafilatura.extract` (text only). qingwen's figure is the whole command (`qingwen clean --jobs 1`,
process start-up, decoding with detection, extraction, rules, segmentation, dedup, journal commits); the ratio of the
two is the figure that counts, since this machine is shared and absolute rates are noisy.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate_pages import generate  # noqa: E402

CHARSET = re.compile(rb'charset=["\']?([\w-]+)')


def bare_trafilatura(paths: list[Path], extract) -> float:
    start = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        match = CHARSET.search(data[:2048])
        html = data.decode(match.group(1).decode() if match else "utf-8", errors="replace")
        extract(html)
    return time.perf_counter() - start


def qingwen_clean(folder: Path, jobs: int) -> tuple[float, dict[str, float]]:
    """Wall time of the whole command, and the seconds per stage its report gives (summed over workers)."""
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "qingwen", "clean", str(folder), "--out", out, "--jobs", str(jobs), "--fresh"],
            check=True,
            stderr=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - start
        report = json.loads((Path(out) / "report.json").read_text(encoding="utf-8"))
        return elapsed, report["seconds_per_stage"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        paths = generate(folder, args.pages)
        import trafilatura

        text_only = bare_trafilatura(paths, trafilatura.extract)
        bare = bare_trafilatura(paths, partial(trafilatura.bare_extraction, with_metadata=True))
        one, stages = qingwen_clean(folder, 1)
        two, _ = qingwen_clean(folder, 2)
    n = args.pages
    print(f"pages: {n}")
    print(f"trafilatura.extract (text only): {n / text_only:8.1f} pages/s  ({text_only:.1f} s)  time ratio {text_only / bare:.2f}x")
    print(f"trafilatura.bare_extraction    : {n / bare:8.1f} pages/s  ({bare:.1f} s)  baseline")
    print(f"qingwen clean --jobs 1         : {n / one:8.1f} pages/s  ({one:.1f} s)  time ratio {one / bare:.2f}x")
    print(f"qingwen clean --jobs 2         : {n / two:8.1f} pages/s  ({two:.1f} s)  speed-up over --jobs 1 {one / two:.2f}x")
    print("where --jobs 1 spends its time (ms per page; 'start-up' is the command's wall time outside the stages):")
    staged = stages.pop("total")
    for stage, seconds in sorted(stages.items(), key=lambda item: -item[1]):
        print(f"  {stage:10s} {seconds / n * 1000:6.2f}")
    print(f"  {'start-up':10s} {(one - staged) / n * 1000:6.2f}  ({one - staged:.1f} s once per run)")


if __name__ == "__main__":
    main()
