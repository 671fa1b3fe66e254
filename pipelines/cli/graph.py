"""The commands over the published graph: `query`, `serve` and `unlinked`."""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Collection, Mapping
from pathlib import Path

from pipelines.cli.options import UserError, home_of, service_allow_of


def cmd_query(args) -> int:
    from pipelines.kg import query as q

    if args.list:
        for info in q.list_queries():
            print(f"{info.name:<40} {info.title}")
        return 0
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None  # piped: the full values
    params = dict(args.param)
    print(run_cli_query(home_of(args), args.query, params, args.format, width, service_allow=service_allow_of(args)))
    return 0


def run_cli_query(
    home,
    name_or_path: str,
    params: Mapping[str, str],
    fmt: str = "table",
    width: int | None = None,
    service_allow: Collection[str] = (),
) -> str:
    """``policygraph query``: run a library query on the graph of a run home and format the result.

    It reads the published snapshot (``HOME/published``, opened read-only: never disturbs a running pipeline or
    server); before the first publication it opens the live store ``HOME/store``, which fails cleanly while a
    pipeline run holds it. Raises QueryError (ParameterError) with a message for the user.
    """
    import pyoxigraph as ox

    from pipelines.home import Home
    from pipelines.kg.publish import open_current
    from pipelines.kg.query import QueryError, find_query, format_result, run_query

    home = Home.at(Path(home)) if isinstance(home, str | os.PathLike) else home  # a path or a Home
    query = find_query(name_or_path)
    store = open_current(home.published)
    if store is None:
        if not home.store.is_dir():
            raise QueryError(f"no graph under {home.root}: run the pipeline first")
        try:
            store = ox.Store(str(home.store))
        except OSError as err:
            raise QueryError(f"the store is busy (a pipeline run holds it): {err}") from None
    try:
        return format_result(run_query(query, params, store=store, service_allow=service_allow), fmt, width)
    finally:
        del store


def cmd_serve(args) -> int:
    from pipelines.serve import serve
    from pipelines.serve.server import ServeError

    home = home_of(args)
    if not (home.published / "CURRENT").is_file():
        raise UserError(f"nothing published in {home.root} yet: run `policygraph run --home {home.root}` first")
    try:
        serve(
            home.root,
            port=args.port,
            host=args.host,
            timeout_s=args.timeout,
            max_rows=args.max_rows,
            public_url=args.public_url,
            max_memory_mb=args.max_memory,
            service_allow=service_allow_of(args),
        )
    except ServeError as err:
        raise UserError(str(err)) from None
    return 0


def cmd_unlinked(args) -> int:
    from pipelines import stages
    from pipelines.linking import JUDGEMENTS_FILE

    found = stages.unlinked_entities(home_of(args))
    if args.json:
        print(json.dumps([u.to_dict() for u in found], indent=2, ensure_ascii=False))
        return 0
    for u in found:
        forms = "; ".join(f for f in u.surface_forms if f != u.label)
        print(f"{u.entity_id}  ({u.type}, {u.documents} document(s)) {u.label}" + (f"  [as: {forms}]" if forms else ""))
        for c in u.candidates:
            print(f"    candidate {c.entity_id}  {c.label}  {c.qid or '-'}  (score {c.score})")
    print(
        f"{len(found)} entit{'y' if len(found) == 1 else 'ies'} without an external id; confirm one with a row in "
        f"{JUDGEMENTS_FILE.relative_to(JUDGEMENTS_FILE.parents[2])} (entity_id,decision,target,qid,reviewer,date,note;"
        " decision same|link|distinct)"
    )
    return 0
