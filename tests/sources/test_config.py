"""The sources file: valid files load with paths resolved; invalid ones give a one-line reason."""

from __future__ import annotations

import pytest

from pipelines.paths import DEFAULT_SOURCES
from pipelines.sources.config import SourcesError, load_sources


def test_bundled_sources_file_loads_with_paths_resolved():
    config = load_sources(DEFAULT_SOURCES)
    assert config.articles and config.cables and config.feeds
    assert all(src.path.is_absolute() and src.path.exists() for src in config.articles + config.cables)
    assert all(not src.is_url for src in config.feeds)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("feeds: [", "not valid YAML"),
        ("- a\n- b\n", "expected a mapping"),
        ("articels: [x]\n", "unknown key(s) articels"),
        ("articles: 3\n", "'articles' must be a list"),
        ("cables: [missing-folder]\n", "does not exist"),
        ("feeds: [ftp://example.org/feed]\n", "unsupported URL scheme"),
        ("feeds: [no-such-feed.xml]\n", "feed file"),
        ("max_batch: 0\n", "'max_batch' must be a whole number"),
        ("max_batch: many\n", "'max_batch' must be a whole number"),
    ],
)
def test_invalid_sources_files_say_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesError) as err:
        load_sources(path)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_sources_file(tmp_path):
    with pytest.raises(SourcesError, match="sources file not found"):
        load_sources(tmp_path / "nope.yaml")


def test_urls_and_relative_paths(tmp_path):
    (tmp_path / "arts").mkdir()
    path = tmp_path / "s.yaml"
    path.write_text("articles: [arts, https://example.org/a.html]\ndrop: inbox\n", encoding="utf-8")
    config = load_sources(path)
    assert config.articles[0].path == (tmp_path / "arts").resolve()
    assert config.articles[1].is_url
    assert config.drop == (tmp_path / "inbox").resolve()
