"""An httpx transport over aiohttp, for ``AsyncTogether(transport="aiohttp")`` (the ``aiohttp``
extra).

Many concurrent calls on httpx's own async pool spend much of their CPU in the pool's
bookkeeping (it looks at every connection for every request); aiohttp's connector does not, so
the same calls take several times less CPU (``make bench``, async at concurrency 64). The rest
of the library does not change: requests are built and answers read as httpx objects.

This transport is lean on purpose: the request's headers go as they are (httpx made them, Host
and Content-Length included; aiohttp adds none of its own), bodies are not decompressed here (the
library does it), and the answer's bytes are handed over as they arrive. aiohttp's errors become
httpx's (a refused connection ``ConnectError``, a timeout ``ConnectTimeout``/``ReadTimeout``/
``PoolTimeout``, a broken answer ``RemoteProtocolError``/``ReadError``), so that retries and typed
errors work as on the default transport. What it does not do: proxies, HTTP/2, client
certificates (use the default transport, or ``httpx_aiohttp.AiohttpTransport``, for those).
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx

__all__ = ["AiohttpTransport"]

#: The pool's size: as many connections as httpx's default pool allows.
MAX_CONNECTIONS = 100


class _Answer(httpx.AsyncByteStream):
    """An aiohttp response's body, piece by piece as it arrives."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self.response = response
        self.request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self.response.content
        try:
            while data := await content.readany():
                yield data
        except Exception as exc:
            raise _httpx_error(exc, self.request, reading=True) from exc

    async def aclose(self) -> None:
        # Back to the pool when the body was read to its end; closed otherwise.
        self.response.release()


def _httpx_error(exc: BaseException, request: httpx.Request, reading: bool) -> Exception:
    """The httpx error that stands for an aiohttp one (or ``exc`` itself if none does)."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, aiohttp.SocketTimeoutError):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, TimeoutError | aiohttp.ServerTimeoutError):
        kind = httpx.ReadTimeout if reading else httpx.PoolTimeout
        return kind(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.ClientPayloadError | aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ClientResponseError):  # an answer aiohttp cannot parse
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return httpx.ReadError(message, request=request)
    return exc if isinstance(exc, Exception) else RuntimeError(message)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Sends httpx requests with an ``aiohttp.ClientSession``, made on first use (inside the
    running event loop) and closed with the transport.

    ``verify``: ``True`` (the certificates httpx trusts), ``False``, or an ``ssl.SSLContext``.
    """

    def __init__(
        self,
        *,
        verify: bool | ssl.SSLContext = True,
        max_connections: int = MAX_CONNECTIONS,
        keepalive_expiry: float = 5.0,
    ) -> None:
        self.ssl: ssl.SSLContext | bool = (
            verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify)
        )
        self.max_connections = max_connections
        self.keepalive_expiry = keepalive_expiry
        self.session: aiohttp.ClientSession | None = None
        # One ClientTimeout per distinct (connect, read, pool): calls mostly share one.
        self._timeouts: dict[tuple[Any, Any, Any], aiohttp.ClientTimeout] = {}

    def _session(self) -> aiohttp.ClientSession:
        connector = aiohttp.TCPConnector(
            limit=self.max_connections, keepalive_timeout=self.keepalive_expiry, ssl=self.ssl
        )
        return aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # the library decodes bodies itself
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding"),  # httpx set them
            cookie_jar=aiohttp.DummyCookieJar(),  # as the library's own pool: no cookie work
        )

    def _timeout(self, request: httpx.Request) -> aiohttp.ClientTimeout:
        limits = request.extensions.get("timeout") or {}
        key = (limits.get("connect"), limits.get("read"), limits.get("pool"))
        timeout = self._timeouts.get(key)
        if timeout is None:
            if len(self._timeouts) > 64:  # (calls with ever-changing timeouts)
                self._timeouts.clear()
            timeout = aiohttp.ClientTimeout(sock_connect=key[0], sock_read=key[1], connect=key[2])
            self._timeouts[key] = timeout
        return timeout

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        session = self.session
        if session is None or session.closed:
            session = self.session = self._session()
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw]
        data: Any
        try:
            data = request.content or None
        except httpx.RequestNotRead:  # a streamed body: aiohttp sends it chunked itself
            data = request.stream
            headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
        try:
            response = await session.request(
                request.method,
                str(request.url),
                headers=headers,
                data=data,
                allow_redirects=False,
                compress=False,
                timeout=self._timeout(request),
                server_hostname=request.extensions.get("sni_hostname"),
            )
        except Exception as exc:
            raise _httpx_error(exc, request, reading=False) from exc
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("latin-1", "replace")
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_Answer(response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            await session.close()
