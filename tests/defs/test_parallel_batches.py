"""Two batches of one home run at once, as a backfill or the sensor's and the schedule's runs do: each takes its own
documents (claims), both extract at the same time, and their steps that open the embedded store take turns (the
pool `policygraph_store` queues them, the home's store lock keeps them apart: tests/defs/test_store_lock.py), so
neither fails on the store's lock and no fact is lost or doubled. On the instance
`policygraph run` sets up (deploy/local/dagster.yaml, SQLite) and on the shared one of deploy/postgres/dagster.yaml
against a real PostgreSQL server."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from pipelines.defs.runner import home_instance
from pipelines.home import Home, new_batch_key
from pipelines.nlp.settings import DEFAULT_MODEL
from pipelines.sources.state import FetchState
from tests.support.runs import postgres_instance

pytestmark = pytest.mark.slow

STORIES = [
    "Vietnam adopted Decree 53 in 2022. Decree 53 requires the localisation of personal data.",
    "Brazil enacted the LGPD in 2018. The LGPD regulates personal data.",
    "India is a member of the World Trade Organization.",
    "Nigeria enacted the Nigeria Data Protection Act in 2023.",
    "The Reserve Bank of India requires payment data to be stored only in India.",
    "Kenya enacted the Data Protection Act in 2019.",
]


def run_batch(root: str, sources: str, key: str, results) -> None:
    from pipelines.defs.runner import JobFailed, run_job

    try:
        run = run_job(Home.at(Path(root)), Path(sources), key, model=DEFAULT_MODEL, processes=1, with_dumps=False,
                      quiet=True, max_batch=3)  # fmt: skip
        results.put((key, "ok", run.run_id))
    except JobFailed as exc:
        results.put((key, str(exc), None))


@pytest.fixture(params=["local", "postgres"])
def instance_kind(request, tmp_path, monkeypatch) -> str:
    """The instance the runs record in: the local one, or deploy/postgres/dagster.yaml's on a database of its own."""
    if request.param == "postgres":
        pytest.importorskip("dagster_postgres", reason="dagster-postgres is not installed")
        postgres_instance(tmp_path / "home" / "dagster", request.getfixturevalue("postgres_database"), monkeypatch)
    return request.param


def test_two_batches_run_at_once_without_a_lock_failure_and_each_takes_its_own_documents(tmp_path, instance_kind):
    articles = tmp_path / "articles"
    articles.mkdir()
    for i, story in enumerate(STORIES):
        (articles / f"story-{i}.txt").write_text(f"Story {i}\n\n{story}\n", encoding="utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text("articles: [articles]\n", encoding="utf-8")
    home = Home.at(tmp_path / "home")
    home_instance(home).dispose()  # the instance and its pool limit, as `policygraph run` sets them up
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    keys = [new_batch_key("a"), new_batch_key("b")]
    procs = [ctx.Process(target=run_batch, args=(str(home.root), str(sources), k, results)) for k in keys]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=600) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert sorted(status for _, status, _ in outcomes) == ["ok", "ok"], outcomes
    with FetchState(home.state_db) as state:
        assert state.claims() == {} and state.pending_documents() == []  # every document processed once
    graphs = [g for g in home_graphs(home) if "/graph/doc/" in g]
    assert len(graphs) == len(STORIES)  # each batch loaded its own three
    instance = home_instance(home)
    try:
        storage = type(instance.run_storage).__name__
        assert storage == {"local": "SqliteRunStorage", "postgres": "PostgresRunStorage"}[instance_kind]
        first, second = sorted((instance.get_run_record_by_id(r) for _, _, r in outcomes), key=lambda r: r.start_time)
    finally:
        instance.dispose()
    assert second.start_time < first.end_time  # the two runs did run at the same time


def home_graphs(home: Home) -> list[str]:
    import pyoxigraph as ox

    return [g.value for g in ox.Store.read_only(str(home.store)).named_graphs()]
