"""The library stays free of the crawler: `cleaning` must never import scrapy or twisted."""

import ast
import subprocess
import sys
from pathlib import Path

import cleaning

CLEANING_DIR = Path(cleaning.__file__).parent
FORBIDDEN = {"scrapy", "twisted", "crawler"}


def _imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_no_cleaning_module_imports_scrapy():
    offenders = {
        str(path.relative_to(CLEANING_DIR)): sorted(_imported_roots(path) & FORBIDDEN)
        for path in CLEANING_DIR.rglob("*.py")
        if _imported_roots(path) & FORBIDDEN
    }
    assert offenders == {}


def test_importing_every_cleaning_module_loads_no_scrapy():
    modules = sorted(
        ".".join(("cleaning", *p.relative_to(CLEANING_DIR).with_suffix("").parts)).removesuffix(".__init__")
        for p in CLEANING_DIR.rglob("*.py")
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
