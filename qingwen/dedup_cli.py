"""The `qingwen dedup` and `qingwen index stats|reset` commands over the near-duplicate index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from cleaning.dedup import DedupConfig, dedup_jsonl, index_reset, index_stats
from cleaning.errors import RunError

console = Console(stderr=True)
index_app = typer.Typer(no_args_is_help=True, help="Inspect or reset the dedup index of an output folder.")


def dedup(
    documents: Annotated[Path, typer.Argument(help="A JSON Lines file whose records carry a text field")],
    out: Annotated[Path, typer.Option("--out", help="A new output folder")] = Path("output/dedup"),
    text_field: Annotated[str, typer.Option("--text-field", help="The field holding the text")] = "text",
    threshold: Annotated[float, typer.Option(help="Jaccard from which two texts are one article")] = DedupConfig().threshold,
    containment: Annotated[
        float, typer.Option(help="Share of a shorter copy found in a longer one from which it is a cut copy")
    ] = DedupConfig().containment_threshold,
    num_perm: Annotated[int, typer.Option("--num-perm", help="MinHash permutations")] = DedupConfig().num_perm,
    shingle_size: Annotated[int, typer.Option("--shingle-size", help="Characters per shingle")] = DedupConfig().shingle_size,
) -> None:
    """Re-cluster an existing JSON Lines file without re-cleaning: one record per article, the rest listed."""
    try:
        config = DedupConfig(
            threshold=threshold, containment_threshold=containment, num_perm=num_perm, shingle_size=shingle_size
        )
        summary = dedup_jsonl(documents, out, config, text_field=text_field)
    except (RunError, ValueError) as error:
        console.print(f"[red]error:[/] {error}")
        raise typer.Exit(2) from error
    console.print(
        f"[bold]{summary.records}[/] records, [bold green]{summary.documents}[/] kept, {summary.duplicates} duplicates "
        f"({', '.join(f'{k} ×{v}' for k, v in sorted(summary.by_match.items())) or 'none'}), "
        f"{len(summary.problems)} bad lines in {summary.seconds:.1f} s → {out}"
    )
    for problem in summary.problems[:5]:
        console.print(f"  [red]line {problem.line}[/]: {problem.reason}")


@index_app.command()
def stats(out: Annotated[Path, typer.Option("--out", help="The output folder")] = Path("output")) -> None:
    """Print how many documents the index holds and the parameters it is pinned to."""
    print(json.dumps(index_stats(out), ensure_ascii=False, indent=2))


@index_app.command()
def reset(out: Annotated[Path, typer.Option("--out", help="The output folder")] = Path("output")) -> None:
    """Forget every stored sketch (the output files stay): later runs compare new documents only with each other."""
    index_reset(out)
    console.print(f"dedup index of {out} reset")
