"""Sending requests: configuration, retries, error mapping, logging. Shared by sync and async.

Everything that does not do I/O is a plain function used by both ``SyncCore`` and ``AsyncCore``;
the two cores differ only in ``await``.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, Generic, Required, TypedDict, TypeVar, get_origin, get_type_hints

import httpx

from . import _json
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._retries import RetryPolicy, decide
from ._version import __version__

T = TypeVar("T")

log = logging.getLogger("together_facade")

DEFAULT_BASE_URL = "https://api.together.xyz/v1"
DEFAULT_TIMEOUT = httpx.Timeout(600.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2


class RequestOptions(TypedDict, total=False):
    """Per-call options every operation accepts beside its own fields."""

    extra_headers: Mapping[str, str]
    """Headers to add to (or override in) this request."""
    extra_query: Mapping[str, Any]
    """Query parameters to add to this request."""
    extra_body: Mapping[str, Any]
    """JSON fields to add to the body, for parameters this SDK does not know yet."""
    timeout: float | httpx.Timeout
    """This call's timeout, in seconds or as an ``httpx.Timeout``."""


OPTION_KEYS = frozenset(RequestOptions.__annotations__)


def as_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """A float sets the read, write and pool timeouts; connect keeps its own (shorter) default."""
    if isinstance(value, httpx.Timeout):
        return value
    seconds = float(value)
    return httpx.Timeout(seconds, connect=min(seconds, DEFAULT_TIMEOUT.connect or seconds))


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """Everything a client needs besides its HTTP connection pool. ``with_options`` copies it."""

    api_key: str = field(repr=False)
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    default_headers: Mapping[str, str]
    headers: Mapping[str, str] = field(init=False, repr=False)
    """The headers of every request, computed once."""

    def __post_init__(self) -> None:
        headers = {
            "Authorization": f"Bearer {self.api_key}",
            "User-Agent": user_agent(),
            **self.default_headers,
        }
        object.__setattr__(self, "headers", headers)

    def with_changes(self, **changes: Any) -> ClientConfig:
        return replace(self, **changes)


def resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get("TOGETHER_API_KEY")
    if not key:
        raise InvalidRequestError(
            "No API key: pass api_key=... to the client or set the TOGETHER_API_KEY environment "
            "variable (keys are at https://api.together.ai/settings/api-keys)."
        )
    return key


def resolve_base_url(base_url: str | httpx.URL | None) -> str:
    url = str(base_url or os.environ.get("TOGETHER_BASE_URL") or DEFAULT_BASE_URL)
    return url.rstrip("/")


def user_agent() -> str:
    return f"together-facade/{__version__} httpx/{httpx.__version__}"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """An HTTP request as a generated operation describes it (see ``_gen``)."""

    method: str
    url: str
    params: Mapping[str, Any] | None = None
    json: Any = None
    data: Mapping[str, Any] | None = None  # a form body


@dataclass(frozen=True, slots=True)
class Call(Generic[T]):
    """One API call: the request the generated operation describes, and how to read the answer."""

    name: str
    endpoint: Endpoint
    parse: Callable[[httpx.Response], T]
    options: RequestOptions = field(default_factory=lambda: RequestOptions())
    stream: bool = False  # True: the body is not read before returning (events, downloads)
    follow_redirects: bool = True  # False: a 3xx answer is returned as it is, not raised
    accept: str = "application/json"


def path_id(value: object, what: str) -> str:
    """A resource id as one path segment; refuse ids that would address something else."""
    if not isinstance(value, str) or not value.strip():
        raise InvalidRequestError(f"{what} must be a non-empty string, got {value!r}")
    if value in (".", ".."):
        raise InvalidRequestError(f"{what} {value!r} is not a valid id")
    return value


def split_options(
    name: str, params: Mapping[str, Any], allowed: frozenset[str], required: frozenset[str]
) -> tuple[dict[str, Any], RequestOptions]:
    """Separate body fields from request options; refuse unknown or missing arguments.

    ``None`` is treated as "not given": the field is left out of the request body.
    """
    body: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for key, value in params.items():
        if key in OPTION_KEYS:
            options[key] = value
        elif key in allowed:
            if value is not None:  # None means "not given", as when the argument is left out
                body[key] = value
        else:
            import difflib

            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f" Did you mean {close[0]!r}?" if close else ""
            raise InvalidRequestError(
                f"{name}() got an unknown argument {key!r}.{hint} Fields this SDK does not know "
                f"yet can be sent with extra_body={{{key!r}: ...}}."
            )
    missing = sorted(k for k in required if body.get(k) is None)
    if missing:
        raise InvalidRequestError(f"{name}() needs {', '.join(map(repr, missing))}.")
    return body, RequestOptions(**options)  # type: ignore[typeddict-item]


@functools.cache
def schema_fields(schema: type) -> tuple[frozenset[str], frozenset[str]]:
    """The body fields of an operation's parameters TypedDict, and the ``Required`` ones.

    (``__required_keys__`` cannot tell under ``from __future__ import annotations``: the
    annotations are strings, so they are resolved here.)
    """
    hints = get_type_hints(schema, include_extras=True)
    required = frozenset(k for k, hint in hints.items() if get_origin(hint) is Required)
    return frozenset(hints) - OPTION_KEYS, required


def body_call(
    name: str,
    params: Mapping[str, Any],
    schema: type,
    endpoint: Callable[[dict[str, Any]], Endpoint],
    read: Callable[[Any], T],
    stream: bool = False,
) -> Call[T]:
    """A call with a JSON body made of ``params`` (checked against ``schema``), read by ``read``;
    with ``stream``, the answer is an event stream."""
    fields, required = schema_fields(schema)
    body, options = split_options(name, params, fields, required)
    if stream:
        body["stream"] = True
    accept = "text/event-stream" if stream else "application/json"
    return model_call(name, endpoint(body), read, options, stream=stream, accept=accept)


def model_call(
    name: str,
    endpoint: Endpoint,
    read: Callable[[Any], T],
    options: RequestOptions,
    **settings: Any,
) -> Call[T]:
    """A call whose 2xx answer is JSON read by ``read`` (a generated model's ``from_dict``)."""
    return Call(
        name, endpoint, lambda response: parse_model(response, name, read), options, **settings
    )


def options_only(name: str, options: Mapping[str, Any]) -> RequestOptions:
    """The request options of a call that takes no body fields."""
    return split_options(name, options, frozenset(), frozenset())[1]


# --- building the request ------------------------------------------------------------------


def build_request(
    http: httpx.Client | httpx.AsyncClient, config: ClientConfig, call: Call[Any], direct: bool
) -> httpx.Request:
    """The request for ``call``. On a pool the client made itself (no defaults of its own to
    merge), the request is built directly, which is much cheaper than ``build_request``."""
    ep, opts = call.endpoint, call.options
    headers = {**config.headers, "Accept": call.accept}
    if extra_headers := opts.get("extra_headers"):
        headers.update(extra_headers)
    params = ep.params
    if extra_query := opts.get("extra_query"):
        params = {**(params or {}), **extra_query}
    body = ep.json
    if extra_body := opts.get("extra_body"):
        body = {**(body or {}), **extra_body}
    content = None
    if body is not None:
        content = _json.dumps(body)
        headers["Content-Type"] = "application/json"
    timeout = as_timeout(opts["timeout"]) if "timeout" in opts else config.timeout
    url = config.base_url + ep.url
    if direct:
        return httpx.Request(
            ep.method,
            url,
            params=params,
            headers=headers,
            content=content,
            data=ep.data,
            extensions={"timeout": timeout.as_dict()},
        )
    return http.build_request(
        ep.method,
        url,
        params=params,
        headers=headers,
        content=content,
        data=ep.data,
        timeout=timeout,
    )


# --- reading answers -----------------------------------------------------------------------


def request_id_of(response: httpx.Response, body: object = None) -> str | None:
    """``x-request-id``, else ``cf-ray``, else the ``id`` of an error body."""
    headers = response.headers
    found: str | None = headers.get("x-request-id") or headers.get("cf-ray")
    if found:
        return found
    if isinstance(body, dict):
        body_id = body.get("id")
        return body_id if isinstance(body_id, str) else None
    return None


def json_body(response: httpx.Response, what: str) -> Any:
    """The JSON body of a 2xx answer, or APIResponseValidationError saying why not."""
    try:
        return _json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as exc:
        snippet = response.content[:200].decode("utf-8", "replace")
        raise APIResponseValidationError(
            f"{what}: the answer is not JSON ({exc}); it starts with {snippet!r}",
            request=response.request,
            body=response.content,
            request_id=request_id_of(response),
        ) from exc


def parse_model(response: httpx.Response, what: str, reader: Callable[[Any], T]) -> T:
    """Read a 2xx JSON answer with a generated model; a shape it cannot read becomes our error."""
    data = json_body(response, what)
    try:
        return reader(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"{what}: cannot read the answer ({type(exc).__name__}: {exc})",
            request=response.request,
            body=data,
            request_id=request_id_of(response, data),
        ) from exc


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _field(value: object) -> str | None:
    return None if value is None else str(value)


def status_error(response: httpx.Response, retry_after: float | None = None) -> APIStatusError:
    """The typed error for an error answer whose body has been read, whatever the body's shape."""
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    raw = response.content
    body: object = raw.decode("utf-8", "replace")
    message, fields = "", {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        match = _TITLE.search(raw)
        text = match.group(1) if match else raw
        message = " ".join(text.decode("utf-8", "replace").split())[:300]
    else:
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict):
            message = str(error.get("message") or "")
            fields = {k: _field(error.get(k)) for k in ("type", "param", "code")}
        elif isinstance(error, str):
            message = error
        elif isinstance(body, dict):
            message = str(body.get("message") or body.get("detail") or "")
        if not message:
            message = json.dumps(body)[:300]
    if not message:
        message = response.reason_phrase or "error"
    return cls(
        message,
        response=response,
        body=body,
        request_id=request_id_of(response, body),
        retry_after=retry_after,
        **fields,
    )


def connection_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"Request timed out ({type(exc).__name__}). Raise the client's or the call's timeout "
            "if the model needs longer.",
            request=request,
        )
    return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request=request)


# --- logging -------------------------------------------------------------------------------

_SECRET_HEADERS = frozenset({"authorization", "x-api-key", "proxy-authorization"})


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    return {k: ("<redacted>" if k.lower() in _SECRET_HEADERS else v) for k, v in headers.items()}


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


def _log_request(request: httpx.Request, attempt: int) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "request %s %s attempt=%d headers=%s",
            request.method,
            request.url,
            attempt + 1,
            redacted_headers(request.headers),
        )


def _log_outcome(
    request: httpx.Request, outcome: httpx.Response | Exception, started: float
) -> None:
    if not log.isEnabledFor(logging.INFO):
        return
    took = (time.monotonic() - started) * 1000
    if isinstance(outcome, httpx.Response):
        log.info(
            "%s %s -> %d (request_id=%s, %.0f ms)",
            request.method,
            request.url,
            outcome.status_code,
            request_id_of(outcome),
            took,
        )
    else:
        log.info("%s %s -> %s (%.0f ms)", request.method, request.url, type(outcome).__name__, took)


# --- raw responses -------------------------------------------------------------------------

captured: ContextVar[list[httpx.Response] | None] = ContextVar("togethercaptured", default=None)


def capture(response: httpx.Response) -> None:
    sink = captured.get()
    if sink is not None:
        sink.append(response)


# --- the retry loop ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Next:
    """What the loop does after an attempt: return the answer, retry after a delay, or raise."""

    done: bool = False
    delay: float | None = None
    error: Exception | None = None
    read_error_body: bool = False
    retry_after: float | None = None


_DONE = _Next(done=True)


def _after_attempt(
    policy: RetryPolicy,
    attempt: int,
    outcome: httpx.Response | httpx.RequestError,
    accept_redirect: bool,
) -> _Next:
    if isinstance(outcome, httpx.Response):
        if outcome.is_success or (accept_redirect and outcome.is_redirect):
            return _DONE
        decision = decide(policy, attempt, outcome.status_code, outcome.headers, time.time())
        if decision.retry:
            return _Next(delay=decision.delay)
        return _Next(read_error_body=True, retry_after=decision.retry_after)
    decision = decide(policy, attempt, None, {}, time.time())
    if decision.retry:
        return _Next(delay=decision.delay)
    return _Next(error=outcome)


def _log_retry(request: httpx.Request, attempt: int, outcome: object, delay: float) -> None:
    what = outcome.status_code if isinstance(outcome, httpx.Response) else type(outcome).__name__
    log.info(
        "retrying %s %s after %s in %.2f s (retry %d)",
        request.method,
        request.url,
        what,
        delay,
        attempt + 1,
    )


async def _async_sleep(seconds: float) -> None:
    import asyncio  # here: importing the library should not cost asyncio's import

    await asyncio.sleep(seconds)


class SyncCore:
    """Sends calls over an ``httpx.Client`` with the client's configuration."""

    def __init__(self, config: ClientConfig, http: httpx.Client, direct: bool) -> None:
        self.config = config
        self.http = http
        self.direct = direct  # build requests without the pool's build_request (see there)

    def request(self, call: Call[T]) -> T:
        return call.parse(self.send(call))

    def send(self, call: Call[Any]) -> httpx.Response:
        """The 2xx answer (body read unless ``call.stream``), or raise the typed error."""
        request = build_request(self.http, self.config, call, self.direct)
        return self.send_request(
            lambda: request, stream=call.stream, follow_redirects=call.follow_redirects
        )

    def send_request(
        self, make: Callable[[], httpx.Request], *, stream: bool, follow_redirects: bool = True
    ) -> httpx.Response:
        """Send what ``make()`` builds (once per attempt), with retries and typed errors."""
        attempt = 0
        while True:
            request = make()
            started = time.monotonic()
            _log_request(request, attempt)
            response: httpx.Response | None = None
            outcome: httpx.Response | httpx.RequestError
            try:
                response = self.http.send(request, stream=True, follow_redirects=follow_redirects)
                if response.is_success and not stream:
                    response.read()
                outcome = response
            except httpx.RequestError as exc:
                if response is not None:
                    response.close()
                outcome = exc
            _log_outcome(request, outcome, started)
            step = _after_attempt(self.config.retry, attempt, outcome, not follow_redirects)
            if step.done:
                assert response is not None
                capture(response)
                return response
            if step.delay is not None:
                if response is not None:
                    response.close()
                _log_retry(request, attempt, outcome, step.delay)
                time.sleep(step.delay)
                attempt += 1
                continue
            if response is None or step.error is not None:
                assert isinstance(outcome, httpx.RequestError)
                raise connection_error(outcome, request) from outcome
            try:
                response.read()
            except httpx.TransportError:
                pass
            finally:
                response.close()
            raise status_error(response, step.retry_after)


class AsyncCore:
    """Sends calls over an ``httpx.AsyncClient`` with the client's configuration."""

    def __init__(self, config: ClientConfig, http: httpx.AsyncClient, direct: bool) -> None:
        self.config = config
        self.http = http
        self.direct = direct  # build requests without the pool's build_request (see there)

    async def request(self, call: Call[T]) -> T:
        return call.parse(await self.send(call))

    async def send(self, call: Call[Any]) -> httpx.Response:
        """The 2xx answer (body read unless ``call.stream``), or raise the typed error."""
        request = build_request(self.http, self.config, call, self.direct)
        return await self.send_request(
            lambda: request, stream=call.stream, follow_redirects=call.follow_redirects
        )

    async def send_request(
        self, make: Callable[[], httpx.Request], *, stream: bool, follow_redirects: bool = True
    ) -> httpx.Response:
        """Send what ``make()`` builds (once per attempt), with retries and typed errors."""
        attempt = 0
        while True:
            request = make()
            started = time.monotonic()
            _log_request(request, attempt)
            response: httpx.Response | None = None
            outcome: httpx.Response | httpx.RequestError
            try:
                response = await self.http.send(
                    request, stream=True, follow_redirects=follow_redirects
                )
                if response.is_success and not stream:
                    await response.aread()
                outcome = response
            except httpx.RequestError as exc:
                if response is not None:
                    await response.aclose()
                outcome = exc
            _log_outcome(request, outcome, started)
            step = _after_attempt(self.config.retry, attempt, outcome, not follow_redirects)
            if step.done:
                assert response is not None
                capture(response)
                return response
            if step.delay is not None:
                if response is not None:
                    await response.aclose()
                _log_retry(request, attempt, outcome, step.delay)
                await _async_sleep(step.delay)
                attempt += 1
                continue
            if response is None or step.error is not None:
                assert isinstance(outcome, httpx.RequestError)
                raise connection_error(outcome, request) from outcome
            try:
                await response.aread()
            except httpx.TransportError:
                pass
            finally:
                await response.aclose()
            raise status_error(response, step.retry_after)
