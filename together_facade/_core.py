"""The sending core: the one place that sends requests.

``build_request`` turns a ``Call`` into an ``httpx.Request`` (pure). ``SyncCore`` and
``AsyncCore`` send calls with retries and typed errors, and are the two drivers of every flow
(see ``_flow``): ``run(flow)`` performs what the flow yields until it returns. Sending one call
is itself a flow, the retry loop (``_flow.retry_flow``), so each driver is the only loop of
its kind in the library.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Mapping
from dataclasses import replace
from typing import Any, TypeVar

import httpx

from ._body import (
    ACCEPT_ENCODING,
    BUDGET,
    Budget,
    aiter_body,
    aread_body,
    budget_of,
    deadline_error,
    iter_body,
    read_body,
)
from ._calls import Call, mapping_option
from ._config import (
    ClientConfig,
    as_timeout,
    check_headers,
    check_limit,
    user_agent,
)
from ._exceptions import ClientClosedError, InvalidRequestError, TogetherError
from ._flow import Close, Flow, Pump, Read, Send, Sleep, retry_flow
from ._response import Deferred, capture, captured

__all__ = ["AsyncCore", "SyncCore", "build_request"]

T = TypeVar("T")


def build_request(
    http: httpx.Client | httpx.AsyncClient, config: ClientConfig, call: Call[Any], direct: bool
) -> httpx.Request:
    """The request for ``call``, or ``InvalidRequestError`` naming what cannot be sent.

    On a pool the client made itself (``direct``: no defaults of its own to merge) the request
    is built directly, which is much cheaper than the pool's ``build_request``. A call that
    leaves the API (``to_api`` False) carries none of the client's headers, and never the key.
    The ``extra_*`` options are checked whenever given; ``extra_headers``, ``extra_query`` and
    ``extra_body`` replace the headers, query keys (every value of each: see ``_add_query``) and
    body fields they name, and keep the others.
    """
    ep, opts = call.endpoint, call.options
    if call.to_api:
        headers = {**config.headers, "Accept": call.accept}
        url = config.base_url + ep.url
    else:
        headers = {
            "User-Agent": user_agent(),
            "Accept": call.accept,
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        url = ep.url
    if ep.headers:
        headers.update(ep.headers)
    # The extra_* options are checked whenever given (an empty list is as wrong as a full one).
    if (extra_headers := opts.get("extra_headers")) is not None:
        headers.update(check_headers(extra_headers, f"{call.name}(): extra_headers"))
    params = ep.params
    if (extra_query := opts.get("extra_query")) is not None:
        params = _add_query(params, mapping_option(extra_query, call.name, "extra_query"), call)
    body = ep.json
    if (extra_body := opts.get("extra_body")) is not None:
        extra_body = mapping_option(extra_body, call.name, "extra_body")
        if extra_body:
            body = {**(body or {}), **extra_body}
    content = None
    if body is not None:
        try:
            content = config.json.dumps(body)
        except (TypeError, ValueError, RecursionError) as exc:
            raise InvalidRequestError(
                f"{call.name}(): the request body cannot be sent as JSON ({exc}). Pass dicts, "
                "lists, strings, numbers, booleans and None."
            ) from exc
        headers["Content-Type"] = "application/json"
    timeout = as_timeout(opts["timeout"]) if "timeout" in opts else config.timeout
    budget = _budget(config, call)
    if budget.idle is not None and (timeout.read is None or timeout.read > budget.idle):
        # A silent stream: fail at the idle limit, not at the (longer) read timeout.
        timeout = httpx.Timeout(
            connect=timeout.connect, read=budget.idle, write=timeout.write, pool=timeout.pool
        )
    parts: dict[str, Any] = {
        "params": params,
        "headers": headers,
        "content": content,
        "data": ep.data,
        "files": ep.files,
    }
    try:
        if call.to_api and not direct:
            request = http.build_request(ep.method, url, timeout=timeout, **parts)
            request.extensions[BUDGET] = budget
        else:
            request = httpx.Request(
                ep.method, url, extensions={"timeout": timeout.as_dict(), BUDGET: budget}, **parts
            )
    except (TypeError, ValueError, httpx.InvalidURL) as exc:
        raise _unbuildable(call, exc) from exc
    if ep.content is not None:  # set after construction, which adds the Host header
        request.stream = ep.content
    return request


def _budget(config: ClientConfig, call: Call[Any]) -> Budget:
    """What ``call`` may take: the client's limits, or the call's own ``deadline`` and
    ``stream_idle_timeout``. A transfer to or from disk has no deadline unless given one."""
    opts = call.options
    if "deadline" in opts:
        deadline = check_limit(opts["deadline"], f"{call.name}(): deadline")
    else:
        deadline = None if call.transfer else config.deadline
    idle = None
    if call.accept == "text/event-stream":
        if "stream_idle_timeout" in opts:
            idle = check_limit(opts["stream_idle_timeout"], f"{call.name}(): stream_idle_timeout")
        else:
            idle = config.stream_idle_timeout
    return Budget(
        deadline,
        idle,
        config.max_response_bytes,
        config.max_event_bytes,
        config.sensitive_headers,
    )


def _add_query(
    params: Mapping[str, Any] | None, extra_query: Mapping[str, Any], call: Call[Any]
) -> Mapping[str, Any] | None:
    """``params`` with ``extra_query`` added: a key of ``extra_query`` replaces every value of
    that key in ``params``; the other keys keep all their values, repeated ones included (the
    query of a generic request's path arrives in ``params`` as ``httpx.QueryParams``)."""
    if not extra_query:
        return params
    if not params:
        return extra_query
    try:
        return httpx.QueryParams(params).merge(extra_query)
    except (TypeError, ValueError) as exc:
        raise _unbuildable(call, exc) from exc


def _unbuildable(call: Call[Any], exc: Exception) -> InvalidRequestError:
    return InvalidRequestError(
        f"{call.name}(): cannot build the request ({type(exc).__name__}: {exc}); check "
        "extra_query and the ids passed."
    )


class _Core:
    """What both cores share: the configuration, the pool, and how a call becomes a flow."""

    http: httpx.Client | httpx.AsyncClient

    def __init__(self, config: ClientConfig, direct: bool) -> None:
        self.config = config
        self.direct = direct  # build requests without the pool's build_request (see there)

    def _closed_under(self, exc: Exception) -> Exception:
        """``exc``, or ``ClientClosedError`` if the client was closed while the call ran (the
        pool then fails in ways of its own: a ``RuntimeError``, a read error)."""
        if self.http.is_closed and not isinstance(exc, TogetherError):
            error = closed_error()
            error.__cause__ = exc
            return error
        return exc

    def send_flow(self, call: Call[Any]) -> Flow[httpx.Response]:
        """The flow that sends ``call`` with retries: its 2xx answer, or the typed error."""
        request = build_request(self.http, self.config, call, self.direct)
        return retry_flow(
            self.config.retry,
            request,
            stream=call.stream,
            follow_redirects=call.follow_redirects,
            credentials=call.to_api,
            to_storage=call.to_storage,
        )


def closed_error() -> ClientClosedError:
    return ClientClosedError(
        "The client is closed (close() was called, or its with block ended): make calls inside "
        "the with block, or on a new client."
    )


class SyncCore(_Core):
    """Sends calls and drives flows over an ``httpx.Client``."""

    http: httpx.Client

    def __init__(self, config: ClientConfig, http: httpx.Client, direct: bool) -> None:
        super().__init__(config, direct)
        self.http = http

    def request(self, call: Call[T]) -> T:
        """Send ``call`` and return its parsed result.

        Under ``with_raw_response`` / ``with_streaming_response`` (a sink in ``captured``) the
        answer is recorded, and the first request of a streamed call is sent with its body
        unread and stops the call there (``Deferred``, see ``_response``). An ordinary call pays
        one ``ContextVar.get`` for this, the one ``send`` pays to record answers.
        """
        sink = captured.get()
        if sink is None:
            return call.parse(self.run(self.send_flow(call)), self.config.json)
        if sink.defer and not sink.responses:
            response = self.send(replace(call, stream=True))
            raise Deferred(response, call.parse, self.config.json)
        return call.parse(self.send(call), self.config.json)

    def send(self, call: Call[Any]) -> httpx.Response:
        """The 2xx answer of ``call`` (body read unless ``call.stream``), or the typed error."""
        response = self.run(self.send_flow(call))
        capture(response)
        return response

    def run(self, flow: Flow[T]) -> T:
        """Perform what ``flow`` yields until it returns; its result, or its error."""
        opened: list[httpx.Response] = []
        value: Any = None
        error: Exception | None = None
        try:
            while True:
                try:
                    command = flow.send(value) if error is None else flow.throw(error)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]
                try:
                    value, error = self._perform(command, opened), None
                except Exception as exc:
                    value, error = None, self._closed_under(exc)
        except BaseException:
            try:
                flow.close()
            finally:
                for response in opened:
                    with contextlib.suppress(Exception):
                        response.close()
            raise

    def _perform(self, command: object, opened: list[httpx.Response]) -> Any:
        match command:
            case Send(request, credentials):
                if self.http.is_closed:
                    raise closed_error()
                response = self.http.send(
                    request,
                    stream=True,
                    follow_redirects=False,
                    auth=httpx.USE_CLIENT_DEFAULT if credentials else None,
                )
                opened.append(response)
                return response
            case Read(response, error):
                return read_body(response, error=error)
            case Pump(response, write):
                for chunk in iter_body(response):
                    write(chunk)
                return None
            case Close(response):
                response.close()
                return None
            case Sleep(seconds):
                _sleep(seconds)
                return None
            case Call():
                response = self.send(command)
                if not command.stream:
                    return command.parse(response, self.config.json)
                opened.append(response)
                try:
                    return command.parse(response, self.config.json)
                except BaseException:
                    opened.remove(response)
                    response.close()
                    raise
        raise TypeError(f"a flow yielded {command!r}, which is not a command")


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def _time_limit(seconds: float) -> Any:
    """A scope that cancels what runs in it after ``seconds`` and raises ``TimeoutError``:
    asyncio's own when running under asyncio (about half the cost), else anyio's (trio)."""
    import asyncio  # here: importing the library should not cost asyncio's import

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        import anyio  # httpx's own dependency

        return _AnyioLimit(anyio.fail_after(seconds))
    return asyncio.timeout(seconds)


class _AnyioLimit:
    """``anyio.fail_after`` (a sync context manager) used with ``async with``."""

    def __init__(self, scope: Any) -> None:
        self.scope = scope

    async def __aenter__(self) -> None:
        self.scope.__enter__()

    async def __aexit__(self, *exc: Any) -> bool | None:
        return self.scope.__exit__(*exc)  # type: ignore[no-any-return]


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here: importing the library should not cost asyncio's import

    await asyncio.sleep(seconds)


class AsyncCore(_Core):
    """Sends calls and drives flows over an ``httpx.AsyncClient``."""

    http: httpx.AsyncClient

    def __init__(self, config: ClientConfig, http: httpx.AsyncClient, direct: bool) -> None:
        super().__init__(config, direct)
        self.http = http

    async def request(self, call: Call[T]) -> T:
        """Send ``call`` and return its parsed result (see ``SyncCore.request``)."""
        sink = captured.get()
        if sink is None:
            return call.parse(await self.run(self.send_flow(call)), self.config.json)
        if sink.defer and not sink.responses:
            response = await self.send(replace(call, stream=True))
            raise Deferred(response, call.parse, self.config.json)
        return call.parse(await self.send(call), self.config.json)

    async def send(self, call: Call[Any]) -> httpx.Response:
        """The 2xx answer of ``call`` (body read unless ``call.stream``), or the typed error."""
        response = await self.run(self.send_flow(call))
        capture(response)
        return response

    async def run(self, flow: Flow[T]) -> T:
        """Perform what ``flow`` yields until it returns; its result, or its error."""
        opened: list[httpx.Response] = []
        value: Any = None
        error: Exception | None = None
        try:
            while True:
                try:
                    command = flow.send(value) if error is None else flow.throw(error)
                except StopIteration as stop:
                    return stop.value  # type: ignore[no-any-return]
                try:
                    value, error = await self._perform(command, opened), None
                except Exception as exc:
                    value, error = None, self._closed_under(exc)
        except BaseException:
            try:
                flow.close()
            finally:
                for response in opened:
                    with contextlib.suppress(Exception):
                        await response.aclose()
            raise

    async def _perform(self, command: object, opened: list[httpx.Response]) -> Any:
        match command:
            case Send(request, credentials):
                if self.http.is_closed:
                    raise closed_error()
                send = self.http.send(
                    request,
                    stream=True,
                    follow_redirects=False,
                    auth=httpx.USE_CLIENT_DEFAULT if credentials else None,
                )
                budget = budget_of(request)
                left = budget.remaining() if budget is not None else None
                if left is None:
                    response = await send
                else:
                    # The deadline also bounds a status line and headers dripped a byte at a
                    # time (each read within the timeout). A sync call cannot be interrupted
                    # so: there, the deadline is checked as the body arrives.
                    try:
                        async with _time_limit(left):
                            response = await send
                    except TimeoutError as exc:
                        assert budget is not None
                        raise deadline_error(request, budget.deadline) from exc
                opened.append(response)
                return response
            case Read(response, error):
                return await aread_body(response, error=error)
            case Pump(response, write):
                async for chunk in aiter_body(response):
                    write(chunk)
                return None
            case Close(response):
                await response.aclose()
                return None
            case Sleep(seconds):
                await _async_sleep(seconds)
                return None
            case Call():
                response = await self.send(command)
                if not command.stream:
                    return command.parse(response, self.config.json)
                opened.append(response)
                try:
                    return command.parse(response, self.config.json)
                except BaseException:
                    opened.remove(response)
                    await response.aclose()
                    raise
        raise TypeError(f"a flow yielded {command!r}, which is not a command")
