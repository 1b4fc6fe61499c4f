"""``marsad evaluate GOLD PRED``: score predictions against gold (codebook §13)."""

from __future__ import annotations

import json

import click
from rich.console import Console

from marsad.evaluate.read import ScoringInputError, read_events
from marsad.evaluate.report import diff_lines, summary_table
from marsad.evaluate.score import match_documents, score


@click.command()
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the result as one JSON object.")
@click.option("--diff", is_flag=True, help="List missed, extra and wrong events per document.")
def evaluate(gold: str, pred: str, as_json: bool, diff: bool) -> None:
    """Score the predictions in PRED against the gold in GOLD (both JSONL, codebook §2).

    Documents match by id. A gold document missing from PRED predicted no
    events; predicted documents whose id is not in GOLD are ignored, with a
    warning. Malformed input stops with exit status 2.
    """
    try:
        gold_docs = read_events(gold, gold=True)
        pred_docs = read_events(pred, gold=False)
    except ScoringInputError as e:
        click.echo(f"marsad: {e}", err=True)
        raise SystemExit(2) from None
    unknown = [doc_id for doc_id in pred_docs if doc_id not in gold_docs]
    if unknown:
        shown = ", ".join(unknown[:5]) + (", ..." if len(unknown) > 5 else "")
        click.echo(
            f"marsad: warning: ignoring {len(unknown)} predicted document(s) not in gold: {shown}",
            err=True,
        )
    matches = match_documents(gold_docs, pred_docs)
    result = score(matches)
    if diff:  # on stderr under --json, so stdout stays one JSON document
        for line in diff_lines(matches):
            click.echo(line, err=as_json)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        Console().print(summary_table(result))
