"""A cap on batch size: a batch takes at most `max_batch` documents, the rest stay pending in the registry and the
next batches take them; no document is lost or collected twice."""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from pathlib import Path

import pytest

from pipelines import stages
from pipelines.defs.resources import DEFAULT_MAX_BATCH, SourcesResource
from pipelines.home import Home, new_batch_key
from pipelines.sources.config import load_sources
from pipelines.sources.state import FetchState


def folder_sources(tmp_path: Path, n: int, max_batch: int | None) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(n):
        (articles / f"story-{i:03d}.txt").write_text(f"Story {i}\n\nThe ministry published rule {i}.\n")
    sources = tmp_path / "sources.yaml"
    sources.write_text("articles: [articles]\n" + (f"max_batch: {max_batch}\n" if max_batch else ""))
    return sources


def collect(home: Home, sources: Path, state: FetchState, finish: bool = True) -> stages.CollectReport:
    """One batch's collection; `finish`: its documents end up processed (as the graph load marks them), else its run
    failed (and let go of its claims, as the runner does)."""
    batch = new_batch_key(f"test-{len(home.batch_keys())}")
    report = stages.collect_raw_documents(home, batch, load_sources(sources), None, state)
    if finish:
        for item in report.batch:
            state.mark_processed(item.registry_id, item.raw.sha256)
    state.release_claims(batch)
    return report


@pytest.mark.parametrize(("n", "k"), [(7, 3), (6, 3), (5, 10)])
def test_ceil_n_over_k_batches_collect_every_file_exactly_once(tmp_path, n, k):
    sources = folder_sources(tmp_path, n, k)
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        reports = [collect(home, sources, state) for _ in range(math.ceil(n / k))]
        after = collect(home, sources, state)
    taken = Counter(item.raw.uri for r in reports for item in r.batch)
    assert len(taken) == n and set(taken.values()) == {1}
    assert all(len(r.batch) <= k for r in reports)
    assert [r.left_for_later for r in reports] == [max(n - k * (i + 1), 0) for i in range(len(reports))]
    assert after.batch == [] and after.left_for_later == 0 and after.unchanged == n


def test_a_batch_that_never_finished_comes_back_before_the_documents_after_it(tmp_path):
    sources = folder_sources(tmp_path, 5, 2)
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        killed = collect(home, sources, state, finish=False)
        reports = [collect(home, sources, state) for _ in range(3)]
    assert [i.raw.uri for i in reports[0].batch] == [i.raw.uri for i in killed.batch]
    assert [i.status for i in reports[0].batch] == ["pending", "pending"]
    assert sum(len(r.batch) for r in reports) == 5 and reports[-1].left_for_later == 0


def test_a_changed_document_left_for_later_is_taken_in_its_new_version(tmp_path):
    sources = folder_sources(tmp_path, 3, 2)
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        collect(home, sources, state)
        collect(home, sources, state)
        for path in sorted((tmp_path / "articles").iterdir()):
            path.write_text(path.read_text() + "It was amended.\n")
        first, second = collect(home, sources, state), collect(home, sources, state)
    assert [i.status for i in first.batch + second.batch] == ["updated", "updated", "pending"]
    last = sorted((tmp_path / "articles").iterdir())[-1]
    assert second.batch[0].raw.sha256 == hashlib.sha256(last.read_bytes()).hexdigest()
    assert first.left_for_later == 1 and second.left_for_later == 0


def test_the_cap_comes_from_the_sources_file_else_the_resource(tmp_path):
    capped = folder_sources(tmp_path, 1, 7)
    uncapped = tmp_path / "plain.yaml"
    uncapped.write_text("articles: [articles]\n")
    assert SourcesResource(path=str(capped)).load().max_batch == 7
    assert SourcesResource(path=str(uncapped)).load().max_batch == DEFAULT_MAX_BATCH
    assert SourcesResource(path=str(uncapped), max_batch=50).load().max_batch == 50
    assert load_sources(uncapped).max_batch is None  # the file says nothing: the deployment's setting applies
