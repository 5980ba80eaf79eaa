"""Character-level precision, recall and F1 of qingwen's clean text beside trafilatura (and jusText) on the golden pages.

Usage: python bench/clean_quality.py [--only SUBSTRING] [--show-bag]

Pages: every tests/fixtures/pages/*.json that carries a "truth" (the article text the page was generated from;
the seeds have none and are left out). The truth of a page with several articles is their texts joined.

Systems, all given the same decoded text (cleaning.decoding.decode_page, as qingwen decodes it):
- qingwen: cleaning.pipeline.clean_file on the page file; the documents' texts joined (titles are a field, not text);
- trafilatura: trafilatura.extract(html) with its defaults (no comments, no tables off); for a .txt page the HTML
  it gets is <html><body><p>line</p>…</body></html>, one <p> per non-blank line of the text;
- jusText, if installed: paragraphs it classifies as good. It has no Chinese stop-list, so it runs with an empty
  one and both stop-word thresholds at 0 (it judges by length and link density only), and its length thresholds,
  counted for Latin text, are divided by JUSTEXT_HAN_RATIO; with its defaults it keeps under 2% of these pages;
- readability (readability-lxml), if installed: the text of its summary.
No baseline converts traditional script to simplified (qingwen does): on the traditional pages they lose recall.

Measure (the same as tests/test_golden.py, whose `key` and `char_scores` are loaded from there): both texts are
NFKC-normalised (full- and half-width punctuation compare equal) and all whitespace is removed; matched
characters are those difflib.SequenceMatcher (autojunk off) finds in matching blocks, in order: an LCS-style
measure, so text in the wrong order or repeated does not count twice. precision = matched / output chars,
recall = matched / truth chars. Overall figures are micro-averaged: matched, output and truth characters are
summed over the pages before dividing. --show-bag also prints the order-free bag-of-characters figures
(multiset intersection of characters), an upper bound of the LCS ones.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaning.decoding import decode_page  # noqa: E402
from cleaning.errors import PageError  # noqa: E402
from cleaning.pipeline import clean_file  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "pages"
# jusText's length thresholds (70 and 200 characters) are set for Latin-script text; a Han character carries
# about as much text as three Latin ones (an English text runs ~3x the characters of its Chinese translation).
JUSTEXT_HAN_RATIO = 3


def _golden_module():
    # the golden test owns the definition of the measure; the bench uses it verbatim (as tools/regen_goldens.py does)
    spec = importlib.util.spec_from_file_location("test_golden", ROOT / "tests" / "test_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLDEN = _golden_module()


@dataclass
class Tally:
    """Matched, output and truth characters, summed over pages (micro-average)."""

    matched: int = 0
    output: int = 0
    truth: int = 0
    bag_matched: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def add(self, counts: tuple[int, int, int, int]) -> None:
        matched, output, truth, bag = counts
        self.matched += matched
        self.output += output
        self.truth += truth
        self.bag_matched += bag

    def scores(self, *, bag: bool = False) -> tuple[float, float, float]:
        return prf(self.bag_matched if bag else self.matched, self.output, self.truth)


def prf(matched: int, output: int, truth: int) -> tuple[float, float, float]:
    precision = matched / output if output else 0.0
    recall = matched / truth if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def counts(truth: str, output: str) -> tuple[int, int, int, int]:
    """(LCS-style matched, output, truth, bag-of-characters matched) character counts after `key`."""
    truth_key, output_key = GOLDEN.key(truth), GOLDEN.key(output)
    blocks = SequenceMatcher(None, truth_key, output_key, autojunk=False).get_matching_blocks()
    matched = sum(block.size for block in blocks)
    bag = sum((Counter(truth_key) & Counter(output_key)).values())
    return matched, len(output_key), len(truth_key), bag


def as_html(path: Path) -> str:
    """The page as the HTML the baselines read: decoded like qingwen decodes it; a text page wrapped line by line."""
    kind = "text" if path.suffix == ".txt" else "html"
    text = decode_page(path.read_bytes(), kind=kind).text
    if kind == "html":
        return text
    paragraphs = "".join(f"<p>{escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip())
    return f"<html><body>\n{paragraphs}</body></html>"


def run_qingwen(path: Path) -> str:
    return "\n".join(document.text for document in clean_file(path))


def run_trafilatura(path: Path) -> str:
    import trafilatura

    return trafilatura.extract(as_html(path)) or ""


def run_justext(path: Path) -> str:
    import justext

    paragraphs = justext.justext(
        as_html(path), frozenset(), stopwords_low=0, stopwords_high=0,
        length_low=justext.core.LENGTH_LOW_DEFAULT // JUSTEXT_HAN_RATIO,
        length_high=justext.core.LENGTH_HIGH_DEFAULT // JUSTEXT_HAN_RATIO,
    )
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def available_systems() -> dict[str, object]:
    systems = {"qingwen": run_qingwen, "trafilatura": run_trafilatura}
    if importlib.util.find_spec("justext"):
        systems["jusText"] = run_justext
    if importlib.util.find_spec("readability"):
        from readability import Document  # readability-lxml

        def run_readability(path: Path) -> str:
            import lxml.html

            summary = Document(as_html(path)).summary(html_partial=True)
            return "\n".join(lxml.html.fromstring(summary).itertext())

        systems["readability"] = run_readability
    return systems


def cases(only: str | None) -> list[tuple[str, Path, str]]:
    found = []
    for spec_path in sorted(PAGES.glob("*.json")):
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
        truth = "\n".join(part["text"] for part in spec.get("truth", []))
        if truth and (only is None or only in spec_path.stem):
            found.append((spec_path.stem, PAGES / spec["input"], truth))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="only pages whose name contains this")
    parser.add_argument("--show-bag", action="store_true", help="also print bag-of-characters figures")
    args = parser.parse_args()
    systems = available_systems()
    tallies = {name: Tally() for name in systems}
    pages = cases(args.only)
    width = max((len(name) for name, _, _ in pages), default=10)
    header = f"{'page':{width}} {'chars':>6}" + "".join(f" | {name:^20}" for name in systems)
    print("P / R / F1 per page (LCS-style characters, whitespace ignored, NFKC)")
    print(header)
    print("-" * len(header))
    for name, path, truth in pages:
        row = f"{name:{width}} {len(GOLDEN.key(truth)):>6}"
        for system, run in systems.items():
            tally = tallies[system]
            start = time.perf_counter()
            try:
                output = run(path)
            except PageError as error:  # qingwen gave up on the page: it output nothing
                output = ""
                tally.failures.append(f"{name}: {error}")
            tally.seconds += time.perf_counter() - start
            page_counts = counts(truth, output)
            tally.add(page_counts)
            precision, recall, f1 = prf(*page_counts[:3])
            row += f" | {precision:.3f} {recall:.3f} {f1:.3f}"
        print(row)
    print("-" * len(header))
    print(f"overall (micro-averaged over {len(pages)} pages):")
    for system, tally in tallies.items():
        precision, recall, f1 = tally.scores()
        line = f"  {system:12} P={precision:.4f} R={recall:.4f} F1={f1:.4f}  ({tally.seconds / max(len(pages), 1) * 1000:.0f} ms/page)"
        if args.show_bag:
            bag = tally.scores(bag=True)
            line += f"  bag-of-chars P={bag[0]:.4f} R={bag[1]:.4f} F1={bag[2]:.4f}"
        print(line)
        for failure in tally.failures:
            print(f"    no output: {failure}")
    print("text pages reach the baselines as <html><body><p>line</p>…</body></html>, one <p> per non-blank line")


if __name__ == "__main__":
    main()
