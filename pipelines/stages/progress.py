"""How a stage reports on itself: the log callable the stages take, and the progress meter of the long stages."""

from __future__ import annotations

import time
from collections.abc import Callable

Log = Callable[[str], None]


def quiet(msg: str) -> None:
    """The log that says nothing."""


class ProgressMeter:
    """Says how far a stage is through its documents (done/total, words/s, time left) through `log`: when another
    tenth of the documents is done or 10 s have passed, at most once a second, and at the end."""

    def __init__(self, what: str, total: int, log: Log, clock: Callable[[], float] = time.monotonic):
        self.what, self.total, self.log, self.clock = what, total, log, clock
        self.started = self.last_time = clock()
        self.done = self.words = self.last_done = 0

    def advance(self, documents: int = 1, words: int = 0) -> None:
        self.done += documents
        self.words += words
        now = self.clock()
        tenth = self.done - self.last_done >= max(1, self.total / 10)
        if self.done >= self.total or (now - self.last_time >= 1.0 and (tenth or now - self.last_time >= 10.0)):
            self.last_time, self.last_done = now, self.done
            self.log(self.describe(now))

    def describe(self, now: float) -> str:
        seconds = max(now - self.started, 1e-6)
        text = f"{self.what}: {self.done}/{self.total} documents"
        if self.words:
            text += f", {self.words:,} words, {self.words / seconds:,.0f} words/s"
        if self.done < self.total:
            text += f", about {(self.total - self.done) * seconds / max(self.done, 1):.0f} s left"
        return text
