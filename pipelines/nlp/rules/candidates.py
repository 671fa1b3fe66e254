"""The candidate mention every finder returns, with character offsets."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cand:
    """A candidate mention. Higher `priority` wins an overlap; at equal priority the longer span wins."""

    start: int
    end: int
    type: str
    source: str
    priority: int = 3
    confidence: float = 0.8
    entity_id: str | None = None
    meta: dict = field(default_factory=dict)

    @property
    def length(self) -> int:
        return self.end - self.start
