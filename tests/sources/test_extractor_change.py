"""A new extractor (model, rules, reference tables) sends every processed document through the stages again, batch
by batch, so that every fact in the graph comes from the same extractor; an unchanged one sends none."""

from __future__ import annotations

import shutil
from pathlib import Path

from pipelines import stages
from pipelines.home import Home, new_batch_key
from pipelines.nlp.settings import NlpSettings
from pipelines.paths import REFERENCE_DIR
from pipelines.sources.config import load_sources
from pipelines.sources.state import FetchState
from tests.sources.test_batch_cap import folder_sources


def collect(home: Home, sources: Path, state: FetchState, extractor: str | None) -> stages.CollectReport:
    """One batch's collection with the extractor fingerprint `extractor`; its documents end up processed."""
    batch = new_batch_key(f"test-{len(home.batch_keys())}")
    report = stages.collect_raw_documents(home, batch, load_sources(sources), None, state, extractor=extractor)
    for item in report.batch:
        state.mark_processed(item.registry_id, item.raw.sha256)
    state.release_claims(batch)
    return report


def test_a_new_extractor_reprocesses_every_document_once_and_the_same_one_none(tmp_path):
    sources = folder_sources(tmp_path, 3, None)
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        first = collect(home, sources, state, "rules-1")
        same = collect(home, sources, state, "rules-1")
        upgraded = collect(home, sources, state, "rules-2")
        after = collect(home, sources, state, "rules-2")
    assert len(first.batch) == 3 and first.reextracted == 0  # a new home: nothing was extracted before
    assert same.batch == [] and same.unchanged == 3
    assert upgraded.reextracted == 3 and sorted(i.raw.uri for i in upgraded.batch) == sorted(
        i.raw.uri for i in first.batch
    )
    assert after.batch == [] and after.reextracted == 0


def test_documents_of_a_home_that_recorded_no_extractor_are_reprocessed(tmp_path):
    """A home written before extractors were recorded: what extracted its documents is unknown."""
    sources = folder_sources(tmp_path, 2, None)
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        collect(home, sources, state, None)  # collected and processed without recording an extractor
        assert not home.extractor_file.exists()
        report = collect(home, sources, state, "rules-1")
    assert report.reextracted == 2 and len(report.batch) == 2


def test_documents_beyond_the_batch_cap_stay_pending_for_the_next_batches(tmp_path):
    sources = folder_sources(tmp_path, 5, max_batch=2)
    home = Home.at(tmp_path / "home")
    with FetchState(home.state_db) as state:
        while collect(home, sources, state, "rules-1").batch:
            pass
        batches = [collect(home, sources, state, "rules-2") for _ in range(4)]
    assert [len(b.batch) for b in batches] == [2, 2, 1, 0]
    assert len({item.raw.uri for b in batches for item in b.batch}) == 5  # each document once, none lost
    assert batches[0].reextracted == 5 and batches[1].reextracted == 0


def test_the_fingerprint_follows_the_model_and_the_reference_tables(tmp_path):
    tables = tmp_path / "reference"
    shutil.copytree(REFERENCE_DIR, tables)
    settings = NlpSettings(reference_dir=tables)
    before = settings.fingerprint()
    assert settings.fingerprint() == before  # the same files, the same fingerprint
    assert NlpSettings(reference_dir=tables, n_process=2, batch_size=64).fingerprint() == before  # speed only
    assert NlpSettings(reference_dir=tables, model="en_core_web_md").fingerprint() != before
    table = sorted(tables.glob("*.csv"))[0]
    table.write_text(table.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert settings.fingerprint() != before


def test_the_run_line_says_why_documents_processed_before_are_processed_again():
    from pipelines.defs.runner import brief

    meta = {"batch": 4, "new": 0, "recovered_after_store_loss": 0, "reextracted_after_extractor_change": 4}
    assert brief("raw_documents", meta) == "batch=4  new=0  reextracted_after_extractor_change=4"
    assert brief("raw_documents", {**meta, "reextracted_after_extractor_change": 0}) == "batch=4  new=0"
