"""httpx's async connection pool, without the work it repeats on every request.

httpcore's pool (httpx's default async transport) re-examines its connections each time a
request comes or goes: it asks every idle connection whether its socket became readable (a
``poll`` through anyio's typed attributes, each time) and, for each idle connection, counts the
connections again in a list built for the purpose. With 64 calls in flight that is thousands of
checks per call: about half of the client's CPU in ``make bench`` (async at concurrency 64).

``LeanAsyncPool`` keeps the pool's behaviour and does the same work once:

* the connections that closed are dropped, as before;
* the idle ones beyond the keep-alive limit are closed, as before (httpcore compares the number
  of connections, not of idle ones, with the limit; so does this);
* whether a connection expired (its keep-alive time passed, or the server closed it) is checked
  for the connection about to be reused, every time, so that no request goes out on a dead
  connection; the other connections are swept at most every ``SWEEP_SECONDS``.

It is installed on the pools this library makes (``lean_async_pool``), when the pool is the
httpcore class it was written against; any other pool is left as it is.
"""

from __future__ import annotations

import time
from typing import Any

import httpcore

__all__ = ["LeanAsyncPool", "lean_async_pool"]

#: How often the connections not being reused are checked for expiry.
SWEEP_SECONDS = 0.5


class LeanAsyncPool(httpcore.AsyncConnectionPool):
    """``httpcore.AsyncConnectionPool`` with a request-to-connection step that looks at each
    connection a constant number of times (see the module's docstring)."""

    _next_sweep = 0.0

    def _assign_requests_to_connections(self) -> list[Any]:
        closing: list[Any] = []
        connections = self._connections
        now = time.monotonic()
        sweep = now >= self._next_sweep
        if sweep:
            self._next_sweep = now + SWEEP_SECONDS
        keep = self._max_keepalive_connections
        for connection in list(connections):
            if connection.is_closed():
                connections.remove(connection)
            elif (sweep and connection.has_expired()) or (
                connection.is_idle() and len(connections) > keep
            ):
                connections.remove(connection)
                closing.append(connection)

        for pool_request in [r for r in self._requests if r.is_queued()]:
            origin = pool_request.request.url.origin
            connection = self._reusable(origin, closing)
            if connection is None:
                if len(connections) >= self._max_connections:
                    idle = next((c for c in connections if c.is_idle()), None)
                    if idle is None:
                        continue  # the request waits for a connection to come back
                    connections.remove(idle)
                    closing.append(idle)
                connection = self.create_connection(origin)
                connections.append(connection)
            pool_request.assign_to_connection(connection)
        return closing

    def _reusable(self, origin: Any, closing: list[Any]) -> Any:
        """The first connection that can take a request to ``origin`` now and has not expired
        (the expired ones met on the way are closed)."""
        connections = self._connections
        for connection in list(connections):
            if not (connection.can_handle_request(origin) and connection.is_available()):
                continue
            if connection.is_idle() and connection.has_expired():
                connections.remove(connection)
                closing.append(connection)
                continue
            return connection
        return None


def lean_async_pool(http: Any) -> Any:
    """``http`` (an ``httpx.AsyncClient`` this library made) with ``LeanAsyncPool`` as its
    transport's pool, when that pool is exactly httpcore's; else ``http`` unchanged."""
    pool = getattr(getattr(http, "_transport", None), "_pool", None)
    if type(pool) is httpcore.AsyncConnectionPool:
        pool.__class__ = LeanAsyncPool
    return http
