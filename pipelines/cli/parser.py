"""The command line: one argparse subcommand per command, each declared by its own function, in the order `--help`
lists them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from pipelines.cli.documents import (
    cmd_eval,
    cmd_eval_cables,
    cmd_extract,
    cmd_parse_cable,
    cmd_quarantine,
    cmd_withdraw,
)
from pipelines.cli.graph import cmd_query, cmd_serve, cmd_unlinked
from pipelines.cli.load import cmd_load
from pipelines.cli.options import EXIT_STATUS
from pipelines.cli.run import cmd_run
from pipelines.nlp.settings import DEFAULT_MODEL

MODEL_HELP = f"spaCy model package (default {DEFAULT_MODEL})"
#: the `--service-allow` option of `query` and `serve`
SERVICE_ALLOW: dict[str, Any] = {
    "action": "append",
    "default": [],
    "metavar": "IRI",
    "help": "an endpoint federated queries may call (SERVICE <IRI>; repeatable; also $POLICYGRAPH_SERVICE_ALLOW, "
    "comma-separated); any other SERVICE is refused",
}


def _param(text: str) -> tuple[str, str]:
    """--param NAME=VALUE (argparse type: a malformed one is a usage error)."""
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {text!r}")
    k, v = text.split("=", 1)
    return k.strip(), v


def _positive(text: str) -> int:
    """A whole number of at least 1 (argparse type)."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return int(text)


def _package_version() -> str:
    """The installed package's version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("policygraph")
    except PackageNotFoundError:  # a checkout that is not installed
        return "(not installed)"


#: the entity catalogue's database, for the commands that use it
CATALOGUE_URL: dict[str, Any] = {
    "metavar": "URL",
    "help": "the entity catalogue in PostgreSQL: postgresql://host:port/dbname, the password in PGPASSWORD or "
    "PGPASSFILE (default $POLICYGRAPH_CATALOGUE_URL, then the SQLite file HOME/work/entities.sqlite)",
}


def _run_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph run`."""
    sp.add_argument("--sources", help="sources YAML (default $POLICYGRAPH_SOURCES, then the bundled samples)")
    sp.add_argument("--model", default=DEFAULT_MODEL, help=MODEL_HELP)
    sp.add_argument("--processes", type=int, default=1, help="spaCy processes (nlp.pipe n_process)")
    sp.add_argument("--no-dumps", action="store_true", help="publish the snapshot but skip the dumps (faster)")
    sp.add_argument("--batch", metavar="KEY", help="re-run a batch collected before (replaces exactly its graphs)")
    sp.add_argument("--json", action="store_true", help="print a JSON summary of the run (stages, checks) instead")
    sp.add_argument("--catalogue-url", **CATALOGUE_URL)


def _load_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph load`."""
    sp.add_argument("folder", help="the folder (read recursively; files as `policygraph run` reads them)")
    sp.add_argument(
        "--kind", choices=["article", "cable"], default="article", help="what the files are (default article)"
    )
    sp.add_argument(
        "--batch-size",
        type=_positive,
        metavar="N",
        help="documents per batch at most (default 2000); stopped, the same command resumes where it was",
    )
    sp.add_argument("--model", default=DEFAULT_MODEL, help=MODEL_HELP)
    sp.add_argument("--processes", type=int, default=1, help="spaCy processes (nlp.pipe n_process)")
    sp.add_argument("--catalogue-url", **CATALOGUE_URL)


def _query_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph query`."""
    which = sp.add_mutually_exclusive_group(required=True)
    which.add_argument("query", nargs="?", help="query name (see --list) or path to a .rq file")
    which.add_argument("--list", action="store_true", help="list the query library")
    sp.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="table (default; on a terminal, fitted to its width: long values cut with an ellipsis), csv or json "
        "(SPARQL results, the full values)",
    )
    sp.add_argument(
        "--param", action="append", default=[], type=_param, metavar="NAME=VALUE", help="bind a query parameter"
    )
    sp.add_argument("--service-allow", **SERVICE_ALLOW)


def _unlinked_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph unlinked`."""
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--catalogue-url", **CATALOGUE_URL)


def _serve_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph serve`."""
    sp.add_argument("--port", type=int, default=7878)
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, loopback only)")
    sp.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run (default 30)")
    sp.add_argument("--max-rows", type=int, default=10_000, help="result rows returned at most (default 10000)")
    sp.add_argument(
        "--max-memory", type=int, default=4096, help="MiB the query process may use (default 4096; 0: no limit)"
    )
    sp.add_argument(
        "--public-url",
        help="the address users reach the server at (behind a proxy), named as the endpoint in VoID (default: the "
        "bound address)",
    )
    sp.add_argument("--service-allow", **SERVICE_ALLOW)


def _eval_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph eval`."""
    sp.add_argument("gold")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--curve", action="store_true", help="also print relation P/R/F1 at each confidence threshold")
    sp.add_argument("--model", default=DEFAULT_MODEL, help=MODEL_HELP)


def _extract_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph extract`."""
    sp.add_argument("gold")
    sp.add_argument("--json", action="store_true", help="JSON Lines output (the only format)")
    sp.add_argument("--model", default=DEFAULT_MODEL, help=MODEL_HELP)


def _parse_cable_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph parse-cable`."""
    sp.add_argument("file")
    sp.add_argument("--json", action="store_true")


def _eval_cables_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph eval-cables`."""
    sp.add_argument("gold")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--misses", action="store_true", help="also list every field that differs from the gold")


def _quarantine_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph quarantine`."""
    sp.add_argument("--json", action="store_true", help="the quarantine records as a JSON array")


def _withdraw_arguments(sp: argparse.ArgumentParser) -> None:
    """`policygraph withdraw`."""
    sp.add_argument("documents", nargs="*", help="document ids or canonical URLs (none: list the withdrawals)")
    sp.add_argument("--reason", help="why (required to withdraw; kept with the withdrawal)")
    sp.add_argument("--restore", action="store_true", help="lift the withdrawal: the next run processes them again")
    sp.add_argument("--json", action="store_true", help="the withdrawals as a JSON array")


Declare = Callable[[argparse.ArgumentParser], None]
#: (name, command, help, its arguments), in the order `policygraph --help` lists them
SUBCOMMANDS: tuple[tuple[str, Callable[..., int], str, Declare], ...] = (
    ("run", cmd_run, "run the whole pipeline in-process and print a summary", _run_arguments),
    (
        "load",
        cmd_load,
        "load a large local folder of articles or cables as successive batches, with progress",
        _load_arguments,
    ),
    (
        "query",
        cmd_query,
        "run a query from queries/ (by name) or a .rq file against the graph",
        _query_arguments,
    ),
    (
        "unlinked",
        cmd_unlinked,
        "list the entities that link to no reference entity or Wikidata item",
        _unlinked_arguments,
    ),
    (
        "serve",
        cmd_serve,
        "serve the published graph: read-only SPARQL endpoint, query UI, entity pages",
        _serve_arguments,
    ),
    (
        "eval",
        cmd_eval,
        "score extraction against a gold JSONL file (strict/lenient P/R/F1, linking)",
        _eval_arguments,
    ),
    (
        "extract",
        cmd_extract,
        "print predictions for a gold JSONL file's texts in the gold format",
        _extract_arguments,
    ),
    ("parse-cable", cmd_parse_cable, "parse one cable file and print its header record", _parse_cable_arguments),
    (
        "eval-cables",
        cmd_eval_cables,
        "score the cable parsers' header fields against a gold JSONL file",
        _eval_cables_arguments,
    ),
    (
        "quarantine",
        cmd_quarantine,
        "list quarantined documents and URLs failing to fetch, with their reasons",
        _quarantine_arguments,
    ),
    (
        "withdraw",
        cmd_withdraw,
        "withdraw documents from the graph (the next run removes them), restore them, or list the withdrawals",
        _withdraw_arguments,
    ),
)


def build_parser() -> argparse.ArgumentParser:
    """The `policygraph` parser with every subcommand (each with `--home`, then its own arguments)."""
    p = argparse.ArgumentParser(
        prog="policygraph",
        description="News and diplomatic cables about data governance into a SPARQL-queryable knowledge graph.",
        epilog=EXIT_STATUS,
    )
    p.add_argument("--version", action="version", version=f"policygraph {_package_version()}")
    sub = p.add_subparsers(dest="command", required=True)
    for name, func, help_, declare in SUBCOMMANDS:
        sp = sub.add_parser(name, help=help_, description=help_, epilog=EXIT_STATUS)
        sp.add_argument("--home", help="home folder (default $POLICYGRAPH_HOME, then ./var)")
        sp.set_defaults(func=func)
        declare(sp)
    return p
