"""What every route of the endpoint shares: plain-text and SPARQL answers, the `Reply` short-cut, the served `App`
of a request and the lease on its backend under which a route waits (in Starlette's thread pool)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from pipelines.serve.app import App
from pipelines.serve.backend import Backend
from pipelines.serve.sparql import Answer


class Reply(Exception):
    """An answer decided deep in a handler (no backend, too many requests): sent as it is."""

    def __init__(self, response: Response):
        self.response = response


async def send_reply(request: Request, exc: Exception) -> Response:
    """The exception handler that sends a `Reply`'s answer."""
    assert isinstance(exc, Reply)
    return exc.response


def text_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """A plain-text answer (errors and refusals)."""
    return Response(message, status, headers, media_type="text/plain; charset=utf-8")


def answer_response(answer: Answer) -> Response:
    """The HTTP answer of a SPARQL `Answer`."""
    return Response(answer.body, answer.status, answer.headers, media_type=answer.content_type)


def served_app(request: Request) -> App:
    """The `App` the request's Starlette application serves (set by `web.create_web_app`)."""
    return request.app.state.app


async def served(request: Request, fn: Callable[..., Response], *args: Any) -> Response:
    """Run a handler that waits on the backend (in the thread pool)."""
    return await run_in_threadpool(fn, request, *args)


@contextlib.contextmanager
def lease(app: App) -> Iterator[Backend]:
    """The backend being served, held (with one of the concurrency slots) while the caller uses it."""
    if not app.slots.acquire(timeout=app.config.timeout_s):
        raise Reply(text_response(503, "too many concurrent requests", {"Retry-After": "5"}))
    try:
        backend = app.acquire()
        if backend is None:
            raise Reply(text_response(503, "no snapshot has been published yet"))
        try:
            yield backend
        finally:
            backend.leave()
    finally:
        app.slots.release()
