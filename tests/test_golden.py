"""Whole pages through the whole pipeline, checked against the expectations stored beside them in tests/fixtures/pages."""

from __future__ import annotations

import json
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"
# Character-level floors for the generated pages, where the true article text is known: extraction and rules
# may lose a stray character of punctuation at a joint (recall) and leave a few characters of a short label
# (precision), not a sentence: one 30-character sentence is ~1.5% of the shortest generated article.
MIN_RECALL = 0.98
MIN_PRECISION = 0.97


def key(text: str) -> str:
    """What the comparison looks at: NFKC width (the punctuation policy may change it), no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def sentences(text: str) -> list[str]:
    """The sentences of `text`, split after 。！？ (and the end of a line)."""
    return [s.strip() for s in re.findall(r"[^。！？!?\n]+[。！？!?]?", text) if s.strip()]


def char_scores(truth: str, output: str) -> tuple[float, float]:
    """(precision, recall) of `output` against `truth`, counted in characters matched in order."""
    truth, output = key(truth), key(output)
    matched = sum(block.size for block in SequenceMatcher(None, truth, output, autojunk=False).get_matching_blocks())
    return (matched / len(output) if output else 0.0, matched / len(truth) if truth else 1.0)


def cases() -> list[Path]:
    return sorted(PAGES.glob("*.json"))


def observe(case: Path) -> dict:
    """Clean a case's page and describe what came out, in the terms the expectations use."""
    from cleaning.pipeline import clean_file

    spec = json.loads(case.read_text(encoding="utf-8"))
    documents = clean_file(PAGES / spec["input"])
    text = "\n".join(d.text for d in documents)
    observed = {
        "parts": len(documents),
        "title": [d.title for d in documents],
        "published": documents[0].published.isoformat() if documents and documents[0].published else None,
        "truncated": any(d.truncated for d in documents),
        "omitted_chars": max((d.omitted_chars or 0 for d in documents), default=0),
        "converted_from_traditional": any(d.converted_from_traditional for d in documents),
        "canonical_url": documents[0].canonical_url if documents else None,
        "chars": [d.chars for d in documents],
        "with_missing": [s for s in spec.get("with", []) if key(s) not in key(text)],
        "without_found": [s for s in spec.get("without", []) if key(s) in key(text)],
    }
    truth = "\n".join(part["text"] for part in spec.get("truth", []))
    wanted = sentences(truth) if spec.get("sentences") == "all" else spec.get("sentences", [])
    observed["sentences_missing"] = [s for s in wanted if key(s) not in key(text)]
    if truth:
        precision, recall = char_scores(truth, text)
        observed["precision"], observed["recall"] = round(precision, 4), round(recall, 4)
    if spec.get("without_traditional"):
        from opencc import OpenCC

        simplified = OpenCC("t2s").convert(text)
        observed["traditional_left"] = sorted({a for a, b in zip(text, simplified) if a != b})
    return observed


def problems(spec: dict, observed: dict) -> list[str]:
    """Every way `observed` falls short of `spec`, in words; empty when the case passes."""
    found = []
    if observed["parts"] != spec["parts"]:
        found.append(f"{observed['parts']} documents, expected {spec['parts']}")
    titles = spec["title"] if isinstance(spec["title"], list) else [spec["title"]]
    got = [key(t) if t else None for t in observed["title"][: len(titles)]]
    if got != [key(t) for t in titles]:
        found.append(f"titles {observed['title']}, expected {titles}")
    for field in ("published", "canonical_url", "truncated", "converted_from_traditional"):
        if spec.get(field) != observed[field]:
            found.append(f"{field} is {observed[field]!r}, expected {spec.get(field)!r}")
    if spec.get("omitted_chars_min") and observed["omitted_chars"] < spec["omitted_chars_min"]:
        found.append(f"omitted_chars {observed['omitted_chars']}, expected at least {spec['omitted_chars_min']}")
    for name in ("with_missing", "without_found", "sentences_missing", "traditional_left"):
        if observed.get(name):
            found.append(f"{name}: {observed[name]}")
    if "recall" in observed and observed["recall"] < MIN_RECALL:
        found.append(f"recall {observed['recall']} < {MIN_RECALL}")
    if "precision" in observed and observed["precision"] < MIN_PRECISION:
        found.append(f"precision {observed['precision']} < {MIN_PRECISION}")
    return found


def _param(case: Path):
    spec = json.loads(case.read_text(encoding="utf-8"))
    marks = [pytest.mark.xfail(reason=spec["xfail"], strict=True)] if spec.get("xfail") else []
    return pytest.param(case, id=case.stem, marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in cases()])
def test_golden_page(case: Path):
    spec = json.loads(case.read_text(encoding="utf-8"))
    observed = observe(case)
    if "recall" in observed:
        print(f"{case.stem}: precision {observed['precision']:.3f} recall {observed['recall']:.3f}")
    assert problems(spec, observed) == []


def test_every_case_names_an_existing_page_and_generated_truth_is_on_the_page():
    assert len(cases()) >= 11
    for case in cases():
        spec = json.loads(case.read_text(encoding="utf-8"))
        assert (PAGES / spec["input"]).is_file(), case.name
        for part in spec.get("truth", []):
            # the truth must be text the page really carries (in some charset and script), not an empty list
            assert part["text"] and sentences(part["text"]), case.name


def test_char_scores_measure_loss_and_noise():
    assert char_scores("甲乙丙丁", "甲乙丙丁") == (1.0, 1.0)
    precision, recall = char_scores("甲乙丙丁", "甲乙 噪音")
    assert recall == 0.5 and precision == 0.5
