"""Re-runs every golden case and rewrites the "observed" part of its JSON, for review in the commit diff.

Run `python tools/regen_goldens.py` from the repository root. Expectations are not touched: a change of
behaviour shows up as a diff of "observed" (and as a failing tests/test_golden.py until it is accepted or fixed).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _golden_module():
    # the test module owns the definition of what is observed and what counts as a problem; reuse it verbatim
    spec = importlib.util.spec_from_file_location("test_golden", ROOT / "tests" / "test_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    golden = _golden_module()
    for case in golden.cases():
        spec = json.loads(case.read_text(encoding="utf-8"))
        try:
            observed = golden.observe(case)
            problems = golden.problems(spec, observed)
        except Exception as error:  # a case that crashes is reported like any other outcome, for review
            observed, problems = {"error": f"{type(error).__name__}: {error}"}, ["crashed"]
        spec["observed"] = {**observed, "problems": problems}
        case.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        scores = f" P={observed['precision']:.3f} R={observed['recall']:.3f}" if "recall" in observed else ""
        print(f"{case.stem:22} {'ok' if not problems else 'FAIL'}{scores}  {'; '.join(problems)[:300]}")


if __name__ == "__main__":
    main()
