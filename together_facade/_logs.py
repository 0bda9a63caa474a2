"""Logging of requests, with secrets redacted.

``TOGETHER_LOG=info`` logs one line per request (method, URL, status, request id, time);
``debug`` adds each attempt's headers, with every credential redacted (``Authorization``,
``Api-Key``, ``X-Api-Key``, any name with key, token, secret or auth in it, and the client's
``sensitive_headers``).
The logger is ``together_facade``: configure it like any other instead, if you prefer.
"""

from __future__ import annotations

import logging
import os
import time

import httpx

from ._exceptions import is_sensitive, request_id_of, shown_url

__all__ = ["log", "log_outcome", "log_request", "log_retry", "setup_logging_from_env"]

log = logging.getLogger("together_facade")


def redacted_headers(request: httpx.Request) -> dict[str, str]:
    """The request's headers with every credential hidden (see ``is_sensitive``)."""
    budget = request.extensions.get("together_facade.budget")
    extra: frozenset[str] = getattr(budget, "sensitive", frozenset())
    return {k: ("<redacted>" if is_sensitive(k, extra) else v) for k, v in request.headers.items()}


def setup_logging_from_env() -> None:
    """``TOGETHER_LOG=debug|info`` turns on logging of this library to stderr (once)."""
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get("TOGETHER_LOG", "").lower()
    )
    if level is None or getattr(log, "_together_configured", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(level)
    log._together_configured = True  # type: ignore[attr-defined]


def log_request(request: httpx.Request, attempt: int) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "request %s %s attempt=%d headers=%s",
            request.method,
            shown_url(request.url),
            attempt + 1,
            redacted_headers(request),
        )


def log_outcome(
    request: httpx.Request, outcome: httpx.Response | Exception, started: float
) -> None:
    if not log.isEnabledFor(logging.INFO):
        return
    took = (time.monotonic() - started) * 1000
    if isinstance(outcome, httpx.Response):
        log.info(
            "%s %s -> %d (request_id=%s, %.0f ms)",
            request.method,
            shown_url(request.url),
            outcome.status_code,
            request_id_of(outcome),
            took,
        )
    else:
        log.info(
            "%s %s -> %s (%.0f ms)",
            request.method,
            shown_url(request.url),
            type(outcome).__name__,
            took,
        )


def log_retry(
    request: httpx.Request, attempt: int, outcome: httpx.Response | Exception, delay: float
) -> None:
    what = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
    log.info(
        "retrying %s %s after %s in %.2f s (retry %d)",
        request.method,
        shown_url(request.url),
        what,
        delay,
        attempt + 1,
    )
