"""``Together`` and ``AsyncTogether``: configuration, the connection pool, the API areas."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    ParamSpec,
    Self,
    TypeVar,
    Unpack,
    get_args,
    get_origin,
    overload,
)

import httpx

from ._calls import (
    Call,
    Endpoint,
    RequestOptions,
    as_response,
    options_only,
    parse_model,
    read_bytes,
)
from ._config import (
    DEFAULT_MAX_RETRIES,
    ClientConfig,
    changed_config,
    check_headers,
    check_pool,
    new_config,
)
from ._exceptions import InvalidRequestError, InvalidTypeError
from ._json import JSONBackend, JSONCodec
from ._logs import setup_logging_from_env
from ._response import APIResponse, acall_raw, call_raw

# The API areas (and through them the generated package) are imported on first use, so that
# `import together_facade` and building a client cost little more than importing httpx.
if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore
    from ._streaming import AsyncStream, Stream
    from .resources.chat import AsyncChat, Chat
    from .resources.completions import AsyncCompletions, Completions
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.files import AsyncFiles, Files
    from .resources.fine_tuning import AsyncFineTuning, FineTuning
    from .resources.images import AsyncImages, Images
    from .resources.models import AsyncModels, Models
    from .resources.rerank import AsyncRerank, Rerank
    from .types import ChatCompletionChunk, CompletionChunk

__all__ = ["AsyncTogether", "Together"]

T = TypeVar("T")
P = ParamSpec("P")
#: The chunk models a generic ``post(..., stream=True)`` can stream.
C = TypeVar("C", bound="ChatCompletionChunk | CompletionChunk")

_Query = Mapping[str, Any] | None
_Headers = Mapping[str, str] | None


class _Client:
    """What both clients share: their configuration, shown (never the API key) and derived."""

    _config: ClientConfig
    _http: Any
    _owns_http: bool
    _plain_http: bool

    def _start(
        self, pool: type, transport_type: type, http_client: Any, transport: Any, **options: Any
    ) -> None:
        """What both constructors do: check the options, and make a pool unless given one."""
        setup_logging_from_env()
        config = new_config(**options)
        check_pool(http_client, transport, pool, transport_type, type(self).__name__)
        # A pool we made ourselves: ours to close, and with no defaults of its own to merge.
        self._owns_http = self._plain_http = http_client is None
        self._init(config, http_client or pool(follow_redirects=True, transport=transport))

    def _init(self, config: ClientConfig, http: Any) -> None:
        self._config = config
        self._http = http

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
        json_backend: JSONBackend | None = None,
    ) -> Self:
        """A client with some settings changed, sharing this one's connection pool.

        Example: ``client.with_options(max_retries=5, timeout=30).models.list()``.
        """
        config = changed_config(
            self._config,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            json_backend=json_backend,
        )
        clone = type(self).__new__(type(self))
        clone._owns_http, clone._plain_http = False, self._plain_http
        clone._init(config, self._http)
        return clone

    @property
    def api_key(self) -> str:
        return self._config.api_key

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    @property
    def max_retries(self) -> int:
        return self._config.retry.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"


class Together(_Client):
    """The Together API, synchronously.

    Example::

        from together_facade import Together

        client = Together()  # reads TOGETHER_API_KEY (and TOGETHER_BASE_URL, if set)
        resp = client.chat.completions.create(
            model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
            messages=[{"role": "user", "content": "Hello"}],
        )
        print(resp.choices[0].message.content)

    ``timeout`` is seconds (or an ``httpx.Timeout``); connecting keeps its own 10 s limit.
    ``max_retries`` retries connection errors, timeouts, 408, 409, 429 and 5xx answers.
    ``http_client`` lets you bring an ``httpx.Client`` (proxies, certificates, transports); the
    client does not close a pool it was given. ``transport`` plugs an httpx transport into the
    pool the client makes (mock transports in tests, for instance). ``json_backend`` picks the
    JSON library: ``"orjson"``, ``"stdlib"``, or None for orjson when it is installed.
    Every option is checked here: a bad one raises ``InvalidRequestError`` naming it.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        json_backend: JSONBackend | None = None,
    ) -> None:
        self._start(
            httpx.Client,
            httpx.BaseTransport,
            http_client,
            transport,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            json_backend=json_backend,
        )

    @cached_property
    def _core(self) -> SyncCore:
        from ._core import SyncCore  # on first use: building a client stays cheap

        return SyncCore(self._config, self._http, self._plain_http)

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self._core)

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self._core)

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(self._core)

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self._core)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self._core)

    @cached_property
    def rerank(self) -> Rerank:
        from .resources.rerank import Rerank

        return Rerank(self._core)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self._core)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from .resources.fine_tuning import FineTuning

        return FineTuning(self._core)

    # --- generic requests (see generic_call) ----------------------------------------------------

    @overload
    def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    def get(
        self,
        path: str,
        *,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    def get(
        self,
        path: str,
        *,
        cast_to: Any = object,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """GET ``path`` (relative to ``base_url``), for endpoints this SDK has no method for.

        Retries, typed errors and logging are those of every call. ``cast_to``: ``object``
        (the default), ``dict`` or ``list`` for the JSON, a model of ``together_facade.types``
        (or ``list[Model]``), ``bytes`` or ``str`` for the body, ``httpx.Response`` for the
        answer itself. Example: ``client.get("/models", cast_to=list[ModelInfo])``.
        """
        call = generic_call(self._config, "GET", path, cast_to, None, params, headers, options)
        return self._core.request(call)

    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: type[C],
        stream: Literal[True],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Stream[C]: ...
    @overload
    def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        stream: Literal[False] = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    def post(
        self,
        path: str,
        *,
        stream: Literal[False] = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    def post(
        self,
        path: str,
        *,
        cast_to: Any = object,
        stream: bool = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """POST ``body`` (sent as JSON) to ``path``; ``cast_to`` as for ``get``.

        Example: ``client.post("/rerank", body={"model": ..., "query": ..., "documents": [...]})``.
        ``stream=True`` (with ``cast_to=ChatCompletionChunk`` or ``CompletionChunk``, and
        ``"stream": True`` in the body) returns a ``Stream`` of those chunks.
        """
        call = generic_call(
            self._config, "POST", path, cast_to, body, params, headers, options, stream
        )
        if stream:
            from ._streaming import Stream

            return Stream(cast_to, self._core.send(call), self._config.json)
        return self._core.request(call)

    @overload
    def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    def put(
        self,
        path: str,
        *,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    def put(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """PUT ``body`` (sent as JSON) to ``path``; ``cast_to`` as for ``get``."""
        call = generic_call(self._config, "PUT", path, cast_to, body, params, headers, options)
        return self._core.request(call)

    @overload
    def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    def patch(
        self,
        path: str,
        *,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    def patch(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """PATCH ``path`` with ``body`` (sent as JSON); ``cast_to`` as for ``get``."""
        call = generic_call(self._config, "PATCH", path, cast_to, body, params, headers, options)
        return self._core.request(call)

    @overload
    def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    def delete(
        self,
        path: str,
        *,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    def delete(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """DELETE ``path`` (a ``body``, if given, is sent as JSON); ``cast_to`` as for ``get``."""
        call = generic_call(self._config, "DELETE", path, cast_to, body, params, headers, options)
        return self._core.request(call)

    def with_raw_response(
        self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> APIResponse[T]:
        """Call ``fn`` and return its result with the HTTP answer (request id, rate limits).

        Prefer the form per method, which reads as the call itself and is typed as it is::

            raw = client.models.with_raw_response.list()
            print(raw.request_id, raw.ratelimit.remaining_requests, len(raw.parse()))

        This form takes any function that sends through this client (several calls: the last
        answer is the one returned), e.g. ``client.with_raw_response(client.models.list)``.
        """
        return call_raw(fn, *args, **kwargs)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Together:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncTogether(_Client):
    """The Together API, with ``async``/``await``: the same names as ``Together``, awaited.

    Example::

        async with AsyncTogether() as client:
            resp = await client.chat.completions.create(model=..., messages=[...])

    For several times the throughput of many concurrent calls, install the ``aiohttp`` extra and
    plug its transport in: ``AsyncTogether(transport=httpx_aiohttp.AiohttpTransport())``.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        json_backend: JSONBackend | None = None,
    ) -> None:
        self._start(
            httpx.AsyncClient,
            httpx.AsyncBaseTransport,
            http_client,
            transport,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            json_backend=json_backend,
        )

    @cached_property
    def _core(self) -> AsyncCore:
        from ._core import AsyncCore  # on first use: building a client stays cheap

        return AsyncCore(self._config, self._http, self._plain_http)

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self._core)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self._core)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self._core)

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self._core)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self._core)

    @cached_property
    def rerank(self) -> AsyncRerank:
        from .resources.rerank import AsyncRerank

        return AsyncRerank(self._core)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self._core)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from .resources.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self._core)

    # --- generic requests (see generic_call) ----------------------------------------------------

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: type[T],
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    async def get(
        self,
        path: str,
        *,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    async def get(
        self,
        path: str,
        *,
        cast_to: Any = object,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """GET ``path`` (see ``Together.get``)."""
        call = generic_call(self._config, "GET", path, cast_to, None, params, headers, options)
        return await self._core.request(call)

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: type[C],
        stream: Literal[True],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncStream[C]: ...
    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: type[T],
        stream: Literal[False] = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    async def post(
        self,
        path: str,
        *,
        stream: Literal[False] = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    async def post(
        self,
        path: str,
        *,
        cast_to: Any = object,
        stream: bool = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """POST ``body`` to ``path`` (see ``Together.post``); ``stream=True`` gives an
        ``AsyncStream``."""
        call = generic_call(
            self._config, "POST", path, cast_to, body, params, headers, options, stream
        )
        if stream:
            from ._streaming import AsyncStream

            return AsyncStream(cast_to, await self._core.send(call), self._config.json)
        return await self._core.request(call)

    @overload
    async def put(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    async def put(
        self,
        path: str,
        *,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    async def put(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """PUT ``body`` (sent as JSON) to ``path``; ``cast_to`` as for ``get``."""
        call = generic_call(self._config, "PUT", path, cast_to, body, params, headers, options)
        return await self._core.request(call)

    @overload
    async def patch(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    async def patch(
        self,
        path: str,
        *,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    async def patch(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """PATCH ``path`` with ``body`` (sent as JSON); ``cast_to`` as for ``get``."""
        call = generic_call(self._config, "PATCH", path, cast_to, body, params, headers, options)
        return await self._core.request(call)

    @overload
    async def delete(
        self,
        path: str,
        *,
        cast_to: type[T],
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
    @overload
    async def delete(
        self,
        path: str,
        *,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> object: ...
    async def delete(
        self,
        path: str,
        *,
        cast_to: Any = object,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """DELETE ``path`` (a ``body``, if given, is sent as JSON); ``cast_to`` as for ``get``."""
        call = generic_call(self._config, "DELETE", path, cast_to, body, params, headers, options)
        return await self._core.request(call)

    async def with_raw_response(
        self, fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> APIResponse[T]:
        """Await ``fn`` and return its result with the HTTP answer (request id, rate limits).

        Prefer the form per method: ``await client.models.with_raw_response.list()``.
        """
        return await acall_raw(fn, *args, **kwargs)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncTogether:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


# --- generic requests: client.get/post/put/patch/delete -----------------------------------------


def generic_call(
    config: ClientConfig,
    method: str,
    path: object,
    cast_to: object,
    body: object,
    params: object,
    headers: object,
    options: Mapping[str, Any],
    stream: bool = False,
) -> Call[Any]:
    """The call ``client.<method>(path, ...)`` makes: to ``path`` under ``base_url``, with the
    client's key, retries and typed errors, its answer read as ``cast_to`` says."""
    name = f"client.{method.lower()}"
    checked = options_only(name, options)
    if headers is not None:
        given = check_headers(headers, f"{name}(): headers")
        extra = checked.get("extra_headers") or {}
        checked["extra_headers"] = {**given, **check_headers(extra, f"{name}(): extra_headers")}
    if params is not None and not isinstance(params, Mapping):
        raise InvalidTypeError(f"{name}(): params must be a mapping, got {type(params).__name__}")
    extra_body = checked.get("extra_body")
    if extra_body is not None and body is not None and not isinstance(body, Mapping):
        raise InvalidRequestError(f"{name}(): extra_body can only be added to a JSON object body")
    url, _, query = api_path(config.base_url, path, name).partition("?")
    if query:  # httpx would replace the URL's query by params: keep both
        params = httpx.QueryParams(query).merge(params)
    endpoint = Endpoint(method, url, params=params, json=body)
    if stream:
        sent = {**(body if isinstance(body, Mapping) else {}), **(extra_body or {})}
        _check_streamed(name, cast_to, sent)
        return Call(name, endpoint, as_response, checked, stream=True, accept="text/event-stream")
    parse, accept = reader(cast_to, f"{name}({path!r})")
    return Call(name, endpoint, parse, checked, accept=accept)


def api_path(base_url: str, path: object, name: str) -> str:
    """What follows ``base_url`` in the URL of ``path``.

    A path is relative to ``base_url``; the part of it that ``base_url`` already ends with is not
    repeated (``/v1/models`` and ``/models`` are the same under ``https://host/v1``). An absolute
    URL must be on ``base_url``'s origin (scheme, host and port): the API key goes nowhere else.
    """
    if not isinstance(path, str):
        raise InvalidTypeError(
            f"{name}(): path must be a string such as '/models', got {type(path).__name__}"
        )
    if not path.strip():
        raise InvalidRequestError(
            f"{name}(): path is empty; pass the endpoint's, such as '/models'"
        )
    try:
        target = httpx.URL(path)
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise InvalidRequestError(
            f"{name}(): path {path!r} cannot be read as a URL ({exc})"
        ) from exc
    base = httpx.URL(base_url)
    above = [segment for segment in base.raw_path.decode("ascii").split("/") if segment]
    if target.scheme or target.host:  # an absolute URL (or //host/...)
        if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
            origin = f"{base.scheme}://{base.netloc.decode('ascii')}"
            raise InvalidRequestError(
                f"{name}(): {path!r} is not on the API's origin ({origin}). Requests made with "
                "the client carry its API key, so they only go to the scheme, host and port of "
                "base_url; pass a path such as '/models', or call another host with httpx itself."
            )
        rest = target.raw_path.decode("ascii")
    else:
        rest = path if path.startswith("/") else "/" + path
    route, mark, query = rest.partition("?")
    segments = route.split("/")[1:]
    if target.scheme or target.host:
        shared = len(above) if segments[: len(above)] == above else 0
        if not shared:  # elsewhere on the origin: climb out of base_url's path
            segments = [".."] * len(above) + segments
    else:  # the longest end of base_url's path that the path starts with
        shared = next((n for n in range(len(above), 0, -1) if above[-n:] == segments[:n]), 0)
    joined = "/".join(segments[shared:])
    return ("/" + joined if joined else "") + mark + query


def _check_streamed(name: str, cast_to: object, body: Mapping[str, Any]) -> None:
    from .types import ChatCompletionChunk, CompletionChunk

    if cast_to not in (ChatCompletionChunk, CompletionChunk):
        raise InvalidRequestError(
            f"{name}(stream=True) streams chat or completion chunks: pass "
            "cast_to=ChatCompletionChunk or cast_to=CompletionChunk (from together_facade.types)"
        )
    if body.get("stream") is not True:
        raise InvalidRequestError(
            f'{name}(stream=True): the body must ask for a stream too: add "stream": True to it'
        )


def _text(response: httpx.Response, codec: JSONCodec) -> str:
    return response.text


_RAW_CASTS: dict[object, Callable[[httpx.Response, JSONCodec], Any]] = {
    httpx.Response: as_response,
    bytes: read_bytes,
    str: _text,
}


def reader(cast_to: object, what: str) -> tuple[Callable[[httpx.Response, JSONCodec], Any], str]:
    """How a generic request reads its answer as ``cast_to``, and the ``Accept`` it sends."""
    raw = _RAW_CASTS.get(cast_to) if isinstance(cast_to, type) else None
    if raw is not None:
        return raw, "*/*"
    origin, args = get_origin(cast_to) or cast_to, get_args(cast_to)
    model = args[0] if origin is list and len(args) == 1 else cast_to
    from_dict = getattr(model, "from_dict", None) if isinstance(model, type) else None
    read: Callable[[Any], Any]
    if cast_to is object:

        def parse(response: httpx.Response, codec: JSONCodec) -> Any:
            return parse_model(response, what, _any, codec) if response.content else None

        return parse, "application/json"
    if callable(from_dict):
        read = _models(from_dict, only_list=origin is list)
    elif origin in (dict, list):
        read = _shaped(origin)
    else:
        raise InvalidTypeError(
            f"{what}: cast_to must be object, dict, list, bytes, str, httpx.Response, a model "
            f"of together_facade.types or a list of one (list[ModelInfo]); got {cast_to!r}"
        )

    def parse_json(response: httpx.Response, codec: JSONCodec) -> Any:
        return parse_model(response, what, read, codec)

    return parse_json, "application/json"


def _any(data: Any) -> Any:
    return data


def _shaped(kind: type) -> Callable[[Any], Any]:
    names: dict[type, str] = {dict: "a JSON object", list: "a JSON list"}

    def read(data: Any) -> Any:
        if not isinstance(data, kind):
            raise TypeError(f"expected {names[kind]}, got {type(data).__name__}")
        return data

    return read


def _models(from_dict: Callable[[Any], Any], only_list: bool) -> Callable[[Any], Any]:
    def read(data: Any) -> Any:
        if isinstance(data, list):
            return [from_dict(item) for item in data]
        if only_list:
            raise TypeError(f"expected a JSON list, got {type(data).__name__}")
        return from_dict(data)

    return read
