"""The sources file: which feeds, article folders/URLs and cable folders a run reads.

```yaml
feeds:    [https://example.org/feed.rss, samples/feeds/local.atom]   # URLs or local feed files
articles: [samples/articles, https://example.org/some/page.html]      # folders of .html/.txt files, or page URLs
cables:   [samples/cables]                                            # folders of cable files
drop:     inbox                                                       # optional drop folder watched by the sensor
max_batch: 2000     # optional: documents per batch at most (the rest stays pending for the next batch)
```
Relative paths are resolved against the folder that holds the sources file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

KEYS = ("feeds", "articles", "cables", "drop", "fetch_allow", "max_batch")


class SourcesError(ValueError):
    """The sources file cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Source:
    """A URL or a local path (already resolved)."""

    location: str

    @property
    def is_url(self) -> bool:
        return self.location.startswith(("http://", "https://"))

    @property
    def path(self) -> Path:
        return Path(self.location)


@dataclass(frozen=True)
class SourcesConfig:
    path: Path
    feeds: tuple[Source, ...] = ()
    articles: tuple[Source, ...] = ()
    cables: tuple[Source, ...] = ()
    drop: Path | None = None
    #: internal hosts ("intranet.example", "10.0.0.5:8080") the fetcher may reach besides the configured sources'
    fetch_allow: tuple[str, ...] = ()
    #: documents one batch takes at most (None: the deployment's setting, `SourcesResource.max_batch`)
    max_batch: int | None = None


#: A sources file that names no source: a run with it collects only what the registry holds pending. The batches of
#: `policygraph load` after the first one use it: the first read the whole folder (every file archived and
#: registered, those beyond the batch left pending), and reading it again for every batch would cost a pass over
#: the folder per batch, a cost that grows with the square of the archive.
PENDING_ONLY_SOURCES = "# no source: a run with this file takes only what the registry holds pending\narticles: []\n"


def _entries(raw: object, key: str, file: Path) -> list[str]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(x, str) and x.strip() for x in raw):
        raise SourcesError(f"{file}: '{key}' must be a list of URLs or paths (strings)")
    return [x.strip() for x in raw]


def _resolve(entry: str, base: Path) -> Source:
    if entry.startswith(("http://", "https://")):
        return Source(entry)
    if "://" in entry:
        raise SourcesError(f"unsupported URL scheme in sources entry {entry!r}: use http(s) URLs or local paths")
    return Source(str((base / entry).resolve()))


def load_sources(path: Path | str, check_paths: bool = True) -> SourcesConfig:
    """Read and validate a sources file. Raises SourcesError with a one-line reason a user can act on."""
    path = Path(path)
    if not path.is_file():
        raise SourcesError(f"sources file not found: {path} (pass --sources FILE, see data/sources.yaml)")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SourcesError(f"{path} is not valid YAML: {first}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SourcesError(f"{path}: expected a mapping with keys {', '.join(KEYS)}")
    unknown = sorted(set(raw) - set(KEYS))
    if unknown:
        raise SourcesError(f"{path}: unknown key(s) {', '.join(unknown)}; allowed: {', '.join(KEYS)}")
    base = path.resolve().parent
    lists = {key: tuple(_resolve(e, base) for e in _entries(raw.get(key), key, path)) for key in KEYS[:3]}
    drop = raw.get("drop")
    if drop is not None and not isinstance(drop, str):
        raise SourcesError(f"{path}: 'drop' must be one folder path")
    allow = tuple(_entries(raw.get("fetch_allow"), "fetch_allow", path))
    if any("/" in a or " " in a for a in allow):
        raise SourcesError(f"{path}: 'fetch_allow' lists hosts or host:port entries, not URLs")
    max_batch = raw.get("max_batch")
    if max_batch is not None and (isinstance(max_batch, bool) or not isinstance(max_batch, int) or max_batch < 1):
        raise SourcesError(f"{path}: 'max_batch' must be a whole number of documents, at least 1")
    config = SourcesConfig(
        path=path, drop=(base / drop).resolve() if drop else None, fetch_allow=allow, max_batch=max_batch, **lists
    )
    if check_paths:
        for key in ("articles", "cables"):
            for src in getattr(config, key):
                if not src.is_url and not src.path.exists():
                    raise SourcesError(f"{path}: {key} entry {src.location} does not exist")
                if not src.is_url and src.path.is_dir() and not _readable_dir(src.path):
                    raise SourcesError(f"{path}: cannot read folder {src.location} (check its permissions)")
        for src in config.feeds:
            if not src.is_url and not src.path.is_file():
                raise SourcesError(f"{path}: feed file {src.location} does not exist")
    return config


def _readable_dir(path: Path) -> bool:
    try:
        next(iter(path.iterdir()), None)
    except OSError:
        return False
    return True
