"""Running the real pipeline in tests (in-process or as a `policygraph run` process that can be killed), and reading
a store back as a canonical, sorted set of N-Quads for exact comparison."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pyoxigraph as ox

from pipelines.definitions import ASSETS, CHECKS, resources
from pipelines.defs.ingest.partitions import add_batch
from pipelines.defs.resources import GraphStoreResource, HomeResource, HttpResource, SourcesResource
from pipelines.home import Home, new_batch_key

PROJECT_ROOT = Path(__file__).resolve().parents[2]
CORPUS = PROJECT_ROOT / "tests" / "fixtures" / "corpus"


def materialize(
    home: Path,
    sources: Path,
    batch: str | None = None,
    run_config: dict | None = None,
    graph_store: GraphStoreResource | None = None,
    **http_settings,
):
    """Every asset and check of the pipeline on `sources`, in this process, as one run of the daily job: a new
    batch (a new Dagster partition), or the batch `batch` again; `run_config` as a launch would give it;
    `graph_store` when the store resource is not the default one (a remote store to publish to).

    `http_settings` override the HTTP resource (tests use short timeouts and no per-host pause)."""
    http = HttpResource(
        **{"timeout": 2.0, "max_retries": 1, "backoff_base": 0.01, "min_interval": 0.0, **http_settings}
    )
    res = resources(home=HomeResource(path=str(home)), sources=SourcesResource(path=str(sources)), http=http)
    if graph_store is not None:
        res["graph_store"] = graph_store
    batch = batch or new_batch_key(f"test-{len(Home.at(home).batch_keys())}")
    with dg.instance_for_test() as instance:
        add_batch(instance, batch)
        return dg.materialize(
            [*ASSETS, *CHECKS],
            resources=res,
            instance=instance,
            raise_on_error=False,
            partition_key=batch,
            run_config=run_config,
        )


def canonical_quads(store_dir: Path) -> list[str]:
    """All quads of an on-disk store (every named graph and the default graph) as sorted N-Quads lines, blank
    nodes renamed canonically: two stores holding the same graphs give equal lists, whatever the blank node ids
    the Turtle parser drew."""
    store = ox.Store.read_only(str(store_dir))
    try:
        dataset = ox.Dataset(store.quads_for_pattern(None, None, None, None))
    finally:
        del store
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return sorted(str(q) for q in dataset)


def count_quads(store_dir: Path) -> int:
    store = ox.Store.read_only(str(store_dir))
    try:
        return len(store)
    finally:
        del store


def start_run(home: Path, sources: Path) -> subprocess.Popen:
    """`policygraph run` as a separate process (so it can be killed with SIGKILL, like `kill -9`)."""
    return subprocess.Popen(
        [sys.executable, "-m", "pipelines.cli", "run", "--sources", str(sources), "--home", str(home)],
        cwd=PROJECT_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def run_to_completion(home: Path, sources: Path, timeout: float = 240) -> str:
    process = start_run(home, sources)
    out, _ = process.communicate(timeout=timeout)
    text = out.decode("utf-8", "replace")
    assert process.returncode == 0, text
    return text


def kill_when(process: subprocess.Popen, home: Path, pattern: str, delay: float = 0.0, timeout: float = 120) -> bool:
    """SIGKILL `process` as soon as a path matching `pattern` (a glob under `home`) is created or rewritten after
    this call, `delay` seconds later. True when it was killed there, False when the run ended first."""
    before = _stamps(home, pattern)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                return False
            if _stamps(home, pattern).items() - before.items():
                if delay:
                    time.sleep(delay)
                os.killpg(process.pid, signal.SIGKILL)  # no cleanup code runs in the pipeline
                process.wait()
                return True
            time.sleep(0.005)
        os.killpg(process.pid, signal.SIGKILL)
        output = process.communicate()[0].decode("utf-8", "replace")
        raise AssertionError(f"{pattern} never appeared under {home}; the run printed:\n{output}")
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _stamps(home: Path, pattern: str) -> dict[Path, int]:
    stamps = {}
    for path in home.glob(pattern):
        try:
            stamps[path] = path.stat().st_mtime_ns
        except FileNotFoundError:  # a temporary file renamed away between glob and stat
            continue
    return stamps


def postgres_instance(folder: Path, database_url: str, monkeypatch) -> Path:
    """deploy/postgres/dagster.yaml as shipped, in `folder`, its `DAGSTER_PG_*` variables set (with `monkeypatch`;
    processes started afterwards inherit them) to the database at `database_url`
    (postgresql://user@host:port/name); only the port and the compute-log folder, which a deployment sets in the
    file, are the test's. Returns `folder`, a DAGSTER_HOME."""
    from urllib.parse import urlsplit

    import yaml

    url = urlsplit(database_url)
    for var, value in (("HOST", url.hostname), ("DB", url.path.lstrip("/")), ("USER", url.username), ("PASSWORD", "-")):
        monkeypatch.setenv(f"DAGSTER_PG_{var}", value)
    config = yaml.safe_load((PROJECT_ROOT / "deploy" / "postgres" / "dagster.yaml").read_text(encoding="utf-8"))
    config["storage"]["postgres"]["postgres_db"]["port"] = url.port
    config["compute_logs"]["config"]["base_dir"] = str(folder / "compute-logs")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dagster.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return folder
