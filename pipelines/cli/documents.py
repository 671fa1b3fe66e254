"""The commands on gold files and documents: `eval` and `extract` (the NLP against a gold JSONL file), `parse-cable`
and `eval-cables` (the cable header parsers), `quarantine` (what a run set aside), `withdraw` (documents taken out
of the graph)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from pipelines.cli.options import UserError, check_model, home_of


def cmd_eval(args) -> int:
    from pipelines.nlp.evaluate import evaluate_file, format_curve, format_scores
    from pipelines.nlp.settings import NlpSettings

    check_model(args.model)
    scores = evaluate_file(Path(args.gold), NlpSettings(model=args.model))
    if args.json:
        print(json.dumps(scores, sort_keys=True))
    else:
        print(format_scores(scores))
        if args.curve:
            print(format_curve(scores))
    return 0


def cmd_extract(args) -> int:
    from pipelines.nlp.evaluate import predict_gold_format
    from pipelines.nlp.settings import NlpSettings

    check_model(args.model)
    for row in predict_gold_format(Path(args.gold), NlpSettings(model=args.model)):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_parse_cable(args) -> int:
    from pipelines.sources.cables.detect import parse_cable
    from pipelines.sources.cables.output import format_record, to_expected_json

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(f"cannot read {path}: {exc.strerror or exc}") from None
    record = parse_cable(data, path.name)
    print(json.dumps(to_expected_json(record), ensure_ascii=False) if args.json else format_record(record))
    return 0


def cmd_eval_cables(args) -> int:
    from pipelines.sources.cables.evaluate import format_header_scores, score_headers

    path = Path(args.gold)
    if not path.is_file():
        raise UserError(f"no gold file at {path}")
    scores = score_headers(path)
    print(json.dumps(scores, sort_keys=True) if args.json else format_header_scores(scores, misses=args.misses))
    return 0


def cmd_quarantine(args) -> int:
    from pipelines.sources.archive import Archive
    from pipelines.sources.state import FetchState

    home = home_of(args)
    records = Archive(home.archive).quarantined()
    fetches = []
    if home.state_db.is_file():  # URLs whose last fetch failed: retried by the next run, or set aside
        with FetchState(home.state_db) as state:
            fetches = [*state.quarantined_urls(), *state.failing()]
    records += [
        {
            "quarantined_at": f.last_fetched_at,
            "stage": "fetch",
            "uri": f.url,
            "reason": f.last_error or f"HTTP {f.last_status}",
            "failures": f.failures,
            "retried": not f.quarantined,  # False: not fetched again until released
        }
        for f in fetches
    ]
    if args.json:
        print(json.dumps(records, indent=2, ensure_ascii=False))
        return 0
    for r in records:
        tries = (
            f" ({r['failures']} failures; {'retried next run' if r['retried'] else 'set aside'})"
            if "retried" in r
            else ""
        )
        print(f"{r.get('quarantined_at', '')}  {r.get('stage', ''):<6} {r.get('uri', '')}{tries}")
        print(f"    {r.get('reason', '')}")
    print(f"{len(records) - len(fetches)} quarantined document(s), {len(fetches)} URL(s) failing to fetch")
    return 0


def cmd_withdraw(args) -> int:
    """Withdraw documents (by id or canonical URL), restore them, or list the withdrawals. The next run removes
    the graphs of the documents withdrawn (and drops them from a remote store); a withdrawn document is not
    collected again until restored."""
    from pipelines.sources.state import FetchState

    home = home_of(args)
    if not home.state_db.is_file():
        raise UserError(f"no registry at {home.state_db}: nothing was collected in this home yet")
    with FetchState(home.state_db) as state:
        by_url = {e.canonical_url: e.doc_id for e in state.documents()}
        ids = [by_url.get(d, d) for d in args.documents]
        if args.restore:
            restored = state.restore(ids)
            print(f"{len(restored)} document(s) restored: the next run processes them again")
            return 0 if len(restored) == len(ids) else 1
        if ids:
            if not args.reason:
                raise UserError("say why: --reason TEXT (kept with the withdrawal)")
            unknown = state.withdraw(ids, args.reason)
            for doc_id in unknown:
                print(f"not a document of this home: {doc_id}")
            print(f"{len(ids) - len(unknown)} document(s) withdrawn: the next run removes their graphs")
            return 1 if unknown else 0
        rows = [asdict(w) for w in state.withdrawals()]
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return 0
    for r in rows:
        applied = f"removed by batch {r['batch']} at {r['applied_at']}" if r["applied_at"] else "graph not removed yet"
        print(f"{r['requested_at']}  {r['doc_id']}  ({applied})\n    {r['reason']}")
    print(f"{len(rows)} withdrawn document(s)")
    return 0
