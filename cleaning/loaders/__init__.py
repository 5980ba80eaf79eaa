"""Turns the files and folders a user names into raw pages, one small module per input format."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from cleaning.loaders.files import iter_html_file, iter_text_file
from cleaning.loaders.jsonl import iter_jsonl
from cleaning.loaders.warc import iter_warc
from cleaning.models import Failure, Origin, RawPage

Loader = Callable[[Path, Counter[str]], Iterator[RawPage | Failure]]

# File name endings and their loaders; matched case-insensitively, longest ending first (.warc.gz before .gz)
LOADERS: dict[str, Loader] = {
    ".html": iter_html_file,
    ".htm": iter_html_file,
    ".shtml": iter_html_file,
    ".txt": iter_text_file,
    ".jsonl": iter_jsonl,
    ".jsonl.gz": iter_jsonl,
    ".warc": iter_warc,
    ".warc.gz": iter_warc,
}
_ENDINGS = sorted(LOADERS, key=len, reverse=True)


def iter_pages(inputs: Sequence[Path], *, skipped: Counter[str] | None = None) -> Iterator[RawPage | Failure]:
    """Every page under `inputs`, in a stable order; unreadable input comes out as a Failure and loading goes on.

    Folders are walked recursively in sorted order; files of other types found there are left out and counted
    in `skipped` (`skipped/unsupported_file`), as are WARC records that are not pages.
    """
    skipped = Counter() if skipped is None else skipped
    for item in _input_files(inputs, skipped):
        if isinstance(item, Failure):
            yield item
        else:
            path, loader = item
            yield from loader(path, skipped)


def count_inputs(inputs: Sequence[Path]) -> int:
    """How many loadable files `inputs` name (not pages: a JSONL or WARC file holds many), for a progress bar."""
    return sum(1 for item in _input_files(inputs, Counter()) if not isinstance(item, Failure))


def loader_for(path: Path) -> Loader | None:
    name = path.name.lower()
    return next((LOADERS[ending] for ending in _ENDINGS if name.endswith(ending)), None)


def _input_files(inputs: Sequence[Path], skipped: Counter[str]) -> Iterator[tuple[Path, Loader] | Failure]:
    for path in map(Path, inputs):
        loader = loader_for(path)
        if path.is_dir():
            yield from _folder_files(path, skipped)
        elif not path.exists():
            yield Failure.at(Origin(path=str(path)), "load", "no such file or folder; check the path")
        elif loader is None:
            yield Failure.at(
                Origin(path=str(path)),
                "load",
                f"unsupported file type {path.name!r}; qingwen reads {', '.join(LOADERS)} files",
            )
        else:
            yield path, loader


def _folder_files(root: Path, skipped: Counter[str]) -> Iterator[tuple[Path, Loader] | Failure]:
    """Loadable files under `root`, sorted by their path inside it; folders that cannot be listed are failures."""
    found: list[tuple[Path, Loader]] = []
    unlisted: list[OSError] = []
    for folder, _subfolders, names in os.walk(root, onerror=unlisted.append):
        for name in names:
            path = Path(folder, name)
            if (loader := loader_for(path)) is None:
                skipped["skipped/unsupported_file"] += 1
            else:
                found.append((path, loader))
    for error in unlisted:
        yield Failure.at(
            Origin(path=error.filename or str(root)),
            "load",
            f"cannot list the folder ({error.strerror or error}); check that you may read it",
        )
    yield from sorted(found, key=lambda item: item[0].relative_to(root).parts)
