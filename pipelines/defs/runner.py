"""A run of the Dagster job in this process, as `policygraph run` and `policygraph load` make them: the home's
instance (its run history, the pool that keeps one store step at a time), one in-process run of the job on one
batch, and the progress of its steps (a line per stage as it ends; the running stage's latest log line on a
terminal)."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import dagster as dg

from pipelines.definitions import definitions
from pipelines.defs.ingest.partitions import add_batch
from pipelines.defs.resources import DEFAULT_MAX_BATCH, STORE_POOL, HomeResource, NlpResource, SourcesResource
from pipelines.home import Home
from pipelines.paths import INSTANCE_CONFIG
from pipelines.sources.state import FetchState, owner_gone, run_owner


class JobFailed(Exception):
    """A stage of the run failed: which, with its error, in one line."""


@dataclass
class JobRun:
    batch: str
    run_id: str
    seconds: float
    progress: RunProgress


def home_instance(home: Home) -> dg.DagsterInstance:
    """The home's Dagster instance, with deploy/local/dagster.yaml in its folder unless one is there already (so
    that the steps that open the store, of `dg dev`'s runs and backfills too, run one at a time in the pool
    `policygraph_store`), and that pool's limit set: dagster.yaml's default limit is applied to a pool only once
    the daemon has seen it, so the steps of a first backfill would otherwise start together."""
    home.dagster.mkdir(parents=True, exist_ok=True)
    if not (home.dagster / "dagster.yaml").exists() and INSTANCE_CONFIG.exists():
        shutil.copyfile(INSTANCE_CONFIG, home.dagster / "dagster.yaml")
    instance = dg.DagsterInstance.from_config(str(home.dagster))
    if STORE_POOL not in instance.event_log_storage.get_concurrency_keys():
        instance.event_log_storage.set_concurrency_slots(STORE_POOL, 1)
    return instance


def run_job(
    home: Home,
    sources: Path,
    batch_key: str,
    *,
    model: str,
    processes: int,
    with_dumps: bool,
    quiet: bool,
    max_batch: int | None = None,
    header: str = "",
) -> JobRun:
    """One run of the daily job (without dumps: the drop-folder sensor's job) on `batch_key`, in this process and
    recorded in the home's instance; stage lines on stdout unless `quiet`. `max_batch` caps the batch unless the
    sources file does; `header` follows the batch key on the first line. Raises JobFailed with the first failing
    stage."""
    instance = home_instance(home)
    _reclaim_dead_runs(instance)
    defs = definitions(
        home=HomeResource(path=str(home.root), catalogue_url=home.catalogue_url or ""),
        sources=SourcesResource(path=str(sources), max_batch=max_batch or DEFAULT_MAX_BATCH),
        nlp=NlpResource(model=model, n_process=processes),
    )
    job = defs.resolve_job_def("policygraph_job" if with_dumps else "policygraph_incremental_job")
    batch = add_batch(instance, batch_key)
    progress = RunProgress([k.to_user_string() for k in job.asset_layer.selected_asset_keys], quiet=quiet)
    progress.say(f"policygraph run: batch {batch}{header}")
    run_id = str(uuid.uuid4())
    instance.add_event_listener(run_id, progress.on_event)
    started = time.perf_counter()
    # Dagster's own console log stays quiet: the stages are summed up here (full log: `dg dev`, the run's page).
    # Its execution plan also warns on stderr when a skipped step leaves a blocking check without a result (a run with
    # nothing new skips the graph checks on purpose).
    logging.getLogger("dagster._core.execution.plan").setLevel(logging.ERROR)
    try:
        result = job.execute_in_process(
            run_config={"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}},
            instance=instance,
            partition_key=batch,
            run_id=run_id,
            raise_on_error=False,
            tags={"policygraph/cli": "run", PROCESS_TAG: run_owner()},
        )
    except BaseException:  # Ctrl-C
        _release_claims(home, batch)
        raise
    progress.end_line()
    if not result.success:
        _release_claims(home, batch)
        stage, error = _first_error(result)
        raise JobFailed(f"stage {stage} failed: {error} (Dagster run {run_id})")
    return JobRun(batch, run_id, time.perf_counter() - started, progress)


#: the run's process (host:pid), so that a later run can tell that a run killed outright is gone
PROCESS_TAG = "policygraph/process"


def _reclaim_dead_runs(instance: dg.DagsterInstance) -> None:
    """A run killed outright (SIGKILL, a crash) never ends in the instance: it keeps its step's place in the store's
    pool, and every later run would wait for it. A run of this home whose process is gone from this host is marked
    failed and its pool slots freed (its documents' claims go by the same test, `FetchState.claim`)."""
    live = [dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.STARTED]
    for record in instance.get_run_records(filters=dg.RunsFilter(statuses=live)):
        run = record.dagster_run
        owner = run.tags.get(PROCESS_TAG)
        if owner and owner_gone(owner):
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            instance.report_run_failed(run, f"its process {owner} is gone (killed)")


def _release_claims(home: Home, batch: str) -> None:
    """The run failed: its documents are free for the next batch (a re-run of this one claims them again)."""
    with FetchState(home.state_db) as state:
        state.release_claims(batch)


class RunProgress:
    """Follows the Dagster events of a run: a line per stage on stdout as it ends (with its time and key counts),
    and, on stderr when it is a terminal, the running stage's latest log line (extraction and graph load say how
    many documents are done, words/s and the time left)."""

    def __init__(self, stages: list[str], quiet: bool = False):
        self.stages, self.quiet = set(stages), quiet
        self.total, self.done = len(stages), 0
        self.metadata: dict[str, dict] = {}
        self.outcome: dict[str, dict] = {}  # stage -> status, seconds
        self.checks: list[dict] = []
        self.started: dict[str, float] = {}
        # The terminal behind stderr, held on its own descriptor: Dagster may point descriptor 2 elsewhere while a
        # step runs (its captured logs).
        self.terminal = os.fdopen(os.dup(sys.stderr.fileno()), "w") if sys.stderr.isatty() else None
        self.status_shown = False

    def say(self, line: str) -> None:
        if not self.quiet:
            self.end_line()
            print(line, flush=True)

    def end_line(self) -> None:
        if self.status_shown and self.terminal is not None:
            self.terminal.write("\r\x1b[K")
            self.terminal.flush()
            self.status_shown = False

    def on_event(self, entry) -> None:
        event = entry.dagster_event
        step = entry.step_key
        if event is None:  # a log line of a stage
            if self.terminal is not None and step in self.stages and entry.user_message:
                width = shutil.get_terminal_size().columns
                with contextlib.suppress(OSError):
                    width = os.get_terminal_size(self.terminal.fileno()).columns
                self.terminal.write("\r\x1b[K" + f"  {step}: {entry.user_message}"[: max(width - 1, 20)])
                self.terminal.flush()
                self.status_shown = True
            return
        kind = event.event_type_value
        if kind == "STEP_START" and step in self.stages:
            self.started[step] = entry.timestamp
        elif kind == "ASSET_MATERIALIZATION":
            mat = event.step_materialization_data.materialization
            self.metadata[mat.asset_key.to_user_string()] = {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
        elif kind == "ASSET_CHECK_EVALUATION":
            data = event.asset_check_evaluation_data
            severity = data.severity.value if data.severity else "ERROR"
            self.checks.append(
                {"asset": data.asset_key.to_user_string(), "check": data.check_name, "passed": data.passed,
                 "severity": severity}
            )  # fmt: skip
        elif kind in ("STEP_SUCCESS", "STEP_SKIPPED") and step in self.stages:
            seconds = entry.timestamp - self.started.get(step, entry.timestamp)
            status = "materialized" if step in self.metadata else "skipped"
            self.outcome[step] = {"status": status, "seconds": round(seconds, 2)}
            self.done += 1
            detail = brief(step, self.metadata[step]) if status == "materialized" else "skipped: nothing new"
            self.say(f"  [{self.done}/{self.total}] {step:<16} {seconds:5.1f}s  {detail}")

    def checks_line(self) -> str:
        failed = [f"{c['check']} ({c['severity']})" for c in self.checks if not c["passed"]]
        line = f"  checks: {len(self.checks) - len(failed)}/{len(self.checks)} passed"
        return line + (f"; failed: {', '.join(failed)}" if failed else "")

    def summary(self, batch: str, run_id: str, seconds: float, home: Home) -> dict:
        """The run as JSON (`policygraph run --json`): each stage's outcome, time and metadata, and the checks."""
        stages = {name: {**outcome, "metadata": self.metadata.get(name, {})} for name, outcome in self.outcome.items()}
        published = self.metadata.get("published_graph", {})
        return {
            "batch": batch,
            "dagster_run_id": run_id,
            "home": str(home.root),
            "seconds": round(seconds, 2),
            "stages": stages,
            "checks": self.checks,
            "checks_failed": sum(not c["passed"] for c in self.checks),
            "new_snapshot": published.get("snapshot") if published.get("new_snapshot") else None,
        }


def _first_error(result) -> tuple[str, str]:
    """The stage that failed first and its error, in one line."""
    for event in result.all_events:
        if event.is_failure and event.step_failure_data and event.step_failure_data.error:
            err = event.step_failure_data.error
            while err.cause is not None and "dagster" in (err.cls_name or "").lower():
                err = err.cause
            message = err.message.strip().splitlines()[0] if err.message.strip() else ""
            return event.step_key or "?", f"{err.cls_name}: {message}"
    return "?", "see the Dagster run log"


_BRIEF_KEYS = {
    "raw_documents": ["batch", "new", "updated", "unchanged", "not_modified_304", "failures", "left_for_later"],
    "documents": ["documents", "articles", "cables", "quarantined"],
    "entity_mentions": [
        "documents",
        "mentions",
        "relation_candidates",
        "not_english",
        "quarantined",
        "words_per_second",
    ],
    "entities": ["entities", "linked_to_wikidata", "merged_mentions"],
    "relations": ["relations", "facts", "dropped_type_mismatch"],
    "knowledge_graph": ["documents_loaded", "quads_written", "check_units"],
    "published_graph": ["triples", "snapshot"],
    "graph_dumps": ["snapshot"],
}


#: counts shown only when not zero: why documents processed before are processed again
_BRIEF_IF_ANY = {"raw_documents": ["recovered_after_store_loss", "reextracted_after_extractor_change"]}


def brief(stage: str, meta: dict) -> str:
    """A stage's key counts on one line (`batch=26  new=26 ...`)."""
    shown = [k for k in _BRIEF_KEYS.get(stage, []) if k in meta]
    shown += [k for k in _BRIEF_IF_ANY.get(stage, []) if meta.get(k)]
    return "  ".join(f"{k}={meta[k]}" for k in shown)
