"""``Together`` and ``AsyncTogether``: configuration, the connection pool, the API areas.

Their generic requests (``client.get/post/put/patch/delete``) are in ``_requests``."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, Self, TypeVar

import httpx

from ._config import DEFAULT_MAX_RETRIES, ClientConfig, changed_config, check_pool, new_config
from ._json import JSONBackend
from ._logs import setup_logging_from_env
from ._requests import AsyncRequests, SyncRequests
from ._response import APIResponse, acall_raw, call_raw

# The API areas (and through them the generated package) are imported on first use, so that
# `import together_facade` and building a client cost little more than importing httpx.
if TYPE_CHECKING:
    from together_api_client.areas import AsyncOperations, Operations

    from ._core import AsyncCore, SyncCore
    from .resources.audio import AsyncAudio, Audio
    from .resources.batches import AsyncBatches, Batches
    from .resources.bulk import AsyncBulk, Bulk
    from .resources.chat import AsyncChat, Chat
    from .resources.code_interpreter import AsyncCodeInterpreter, CodeInterpreter
    from .resources.completions import AsyncCompletions, Completions
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.endpoints import AsyncEndpoints, Endpoints
    from .resources.evaluations import AsyncEvaluations, Evaluations
    from .resources.files import AsyncFiles, Files
    from .resources.fine_tuning import AsyncFineTuning, FineTuning
    from .resources.images import AsyncImages, Images
    from .resources.models import AsyncModels, Models
    from .resources.rerank import AsyncRerank, Rerank
    from .resources.videos import AsyncVideos, Videos

__all__ = ["AsyncTogether", "Together"]

T = TypeVar("T")
P = ParamSpec("P")


class _CookiesWhenSet(httpx.Cookies):
    """httpx's cookies, read from an answer only when it sets one. httpx hands every answer to
    ``http.cookiejar`` (through a ``urllib`` request built for it, URL parsing included), which
    cost about a tenth of a non-stream call's CPU in ``make bench``; the API sets no cookies, so
    almost every answer can skip it. One that does set a cookie is read as before."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers:
            super().extract_cookies(response)


def _cookies_when_set(http: Any) -> Any:
    """``http`` (a pool this library made) with ``_CookiesWhenSet`` in place of its cookies;
    left as it is if this httpx keeps its cookies elsewhere."""
    cookies = getattr(http, "_cookies", None)
    if type(cookies) is httpx.Cookies:
        lean = _CookiesWhenSet()
        lean.jar = cookies.jar
        http._cookies = lean
    return http


def _aiohttp_transport() -> httpx.AsyncBaseTransport:
    """The aiohttp transport (``transport="aiohttp"``), or the error naming the extra."""
    try:
        from ._aiohttp import AiohttpTransport
    except ImportError as exc:
        from ._exceptions import MissingDependencyError

        raise MissingDependencyError(
            'AsyncTogether(transport="aiohttp") needs aiohttp: pip install '
            '"together-facade[aiohttp]"'
        ) from exc
    return AiohttpTransport()


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
        if http_client is None:
            http_client = _cookies_when_set(pool(transport=transport))
            if pool is httpx.AsyncClient and transport is None:
                from ._pool import lean_async_pool

                http_client = lean_async_pool(http_client)
        self._init(config, http_client)

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
        initial_retry_delay: float | None = None,
        max_retry_delay: float | None = None,
        deadline: float | None = None,
        stream_idle_timeout: float | None = None,
        max_response_bytes: int | None = None,
        max_event_bytes: int | None = None,
        sensitive_headers: Iterable[str] | None = None,
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
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            deadline=deadline,
            stream_idle_timeout=stream_idle_timeout,
            max_response_bytes=max_response_bytes,
            max_event_bytes=max_event_bytes,
            sensitive_headers=sensitive_headers,
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


class Together(SyncRequests, _Client):
    """The Together API, synchronously.

    Example::

        from together_facade import Together

        client = Together()  # reads TOGETHER_API_KEY (and TOGETHER_BASE_URL, if set)
        resp = client.chat.completions.create(
            model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
            messages=[{"role": "user", "content": "Hello"}],
        )
        print(resp.choices[0].message.content)

    ``timeout`` is seconds (or an ``httpx.Timeout``) for each connect, read and write;
    connecting keeps its own 10 s limit. ``deadline`` bounds a whole call, every attempt and the
    reading of its answer included (30 min); ``stream_idle_timeout`` the time a stream may go
    without an event (5 min); ``float("inf")`` lifts either.
    ``max_retries`` retries connection errors, timeouts, 408, 409, 429 and 5xx answers, after
    ``initial_retry_delay`` (0.5 s) doubling up to ``max_retry_delay`` (8 s), or the wait the
    server asks for. ``max_response_bytes`` (256 MiB) caps an answer read into memory and
    ``max_event_bytes`` (16 MiB) one event of a stream, both after decompression.
    ``sensitive_headers`` names headers of yours to hide in logs and reprs, beside
    ``Authorization``, ``Api-Key``, ``X-Api-Key`` and any name with key, token, secret or auth.
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
        initial_retry_delay: float | None = None,
        max_retry_delay: float | None = None,
        deadline: float | None = None,
        stream_idle_timeout: float | None = None,
        max_response_bytes: int | None = None,
        max_event_bytes: int | None = None,
        sensitive_headers: Iterable[str] | None = None,
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
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            deadline=deadline,
            stream_idle_timeout=stream_idle_timeout,
            max_response_bytes=max_response_bytes,
            max_event_bytes=max_event_bytes,
            sensitive_headers=sensitive_headers,
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

    @cached_property
    def batches(self) -> Batches:
        from .resources.batches import Batches

        return Batches(self._core)

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio import Audio

        return Audio(self._core)

    @cached_property
    def endpoints(self) -> Endpoints:
        from .resources.endpoints import Endpoints

        return Endpoints(self._core)

    @cached_property
    def evaluations(self) -> Evaluations:
        from .resources.evaluations import Evaluations

        return Evaluations(self._core)

    @cached_property
    def videos(self) -> Videos:
        from .resources.videos import Videos

        return Videos(self._core)

    @cached_property
    def code_interpreter(self) -> CodeInterpreter:
        from .resources.code_interpreter import CodeInterpreter

        return CodeInterpreter(self._core)

    @cached_property
    def bulk(self) -> Bulk:
        """Many embeddings or chat completions as one job, paced by the rate limit, resumable
        from a checkpoint: ``client.bulk.embeddings(texts, model=..., checkpoint="e.jsonl")``."""
        from .resources.bulk import Bulk

        return Bulk(self)

    @cached_property
    def api(self) -> Operations:
        """Every HTTP operation of the spec, typed, by area: ``client.api.<area>.<operation>``.

        The areas above are the ones to use where they exist; this reaches the rest (deployments,
        secrets, volumes, GPU clusters, queue, RL training, ...) with the same key, retries and
        errors. Example: ``client.api.deployments.list_deployments()``.
        """
        from together_api_client.areas import Operations

        from ._operations import operation_call

        core = self._core
        return Operations(lambda op, line, args: core.request(operation_call(op, line, args)))

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

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncTogether(AsyncRequests, _Client):
    """The Together API, with ``async``/``await``: the same names as ``Together``, awaited.

    Example::

        async with AsyncTogether() as client:
            resp = await client.chat.completions.create(model=..., messages=[...])

    For several times the throughput of many concurrent calls, install the ``aiohttp`` extra
    and pass ``transport="aiohttp"``: the calls then go over aiohttp's connection pool (see
    ``_aiohttp``), everything else unchanged.
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
        transport: httpx.AsyncBaseTransport | Literal["aiohttp"] | None = None,
        json_backend: JSONBackend | None = None,
        initial_retry_delay: float | None = None,
        max_retry_delay: float | None = None,
        deadline: float | None = None,
        stream_idle_timeout: float | None = None,
        max_response_bytes: int | None = None,
        max_event_bytes: int | None = None,
        sensitive_headers: Iterable[str] | None = None,
    ) -> None:
        if transport == "aiohttp":
            transport = _aiohttp_transport()
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
            initial_retry_delay=initial_retry_delay,
            max_retry_delay=max_retry_delay,
            deadline=deadline,
            stream_idle_timeout=stream_idle_timeout,
            max_response_bytes=max_response_bytes,
            max_event_bytes=max_event_bytes,
            sensitive_headers=sensitive_headers,
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

    @cached_property
    def batches(self) -> AsyncBatches:
        from .resources.batches import AsyncBatches

        return AsyncBatches(self._core)

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self._core)

    @cached_property
    def endpoints(self) -> AsyncEndpoints:
        from .resources.endpoints import AsyncEndpoints

        return AsyncEndpoints(self._core)

    @cached_property
    def evaluations(self) -> AsyncEvaluations:
        from .resources.evaluations import AsyncEvaluations

        return AsyncEvaluations(self._core)

    @cached_property
    def videos(self) -> AsyncVideos:
        from .resources.videos import AsyncVideos

        return AsyncVideos(self._core)

    @cached_property
    def code_interpreter(self) -> AsyncCodeInterpreter:
        from .resources.code_interpreter import AsyncCodeInterpreter

        return AsyncCodeInterpreter(self._core)

    @cached_property
    def bulk(self) -> AsyncBulk:
        """Many embeddings or chat completions as one job (see ``Together.bulk``); also
        ``iter_embeddings`` and ``iter_chat``, which yield each outcome as it completes."""
        from .resources.bulk import AsyncBulk

        return AsyncBulk(self)

    @cached_property
    def api(self) -> AsyncOperations:
        """Every HTTP operation of the spec, typed, by area (see ``Together.api``); awaited:
        ``await client.api.deployments.list_deployments()``."""
        from together_api_client.areas import AsyncOperations

        from ._operations import operation_call

        core = self._core
        return AsyncOperations(lambda op, line, args: core.request(operation_call(op, line, args)))

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

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
