"""Generic requests: ``client.get/post/put/patch/delete(path, cast_to=...)``, for endpoints this
SDK has no method for, with the client's key, retries, typed errors and logging.

``SyncRequests`` and ``AsyncRequests`` are these verbs on ``Together`` and ``AsyncTogether``: each
sends the call ``_generic_call.generic_call`` makes through the client's core.

Typing: ``cast_to``'s type variable defaults to ``object`` (PEP 696), so a call without
``cast_to`` gives ``object`` with no overload of its own. mypy still checks a parameter's default
against the type variable rather than its default, hence the ``type: ignore`` on those defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Unpack, overload

from ._calls import Call, RequestOptions
from ._generic_call import generic_call

if TYPE_CHECKING:
    from typing_extensions import TypeVar  # a TypeVar's default is in typing from Python 3.13

    from ._config import ClientConfig
    from ._core import AsyncCore, SyncCore
    from ._streaming import AsyncStream, Stream
    from .types import ChatCompletionChunk, CompletionChunk

    T = TypeVar("T", default=object)
    #: The chunk models a generic ``post(..., stream=True)`` can stream.
    C = TypeVar("C", bound="ChatCompletionChunk | CompletionChunk")

__all__ = ["AsyncRequests", "SyncRequests"]

_Query = Mapping[str, Any] | None
_Headers = Mapping[str, str] | None


class SyncRequests:
    """``get``, ``post``, ``put``, ``patch`` and ``delete`` of ``Together``."""

    if TYPE_CHECKING:  # the client's
        _config: ClientConfig

        @property
        def _core(self) -> SyncCore: ...

    def get(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """GET ``path`` (relative to ``base_url``), for endpoints this SDK has no method for.

        Retries, typed errors and logging are those of every call. ``cast_to``: ``object``
        (the default), ``dict`` or ``list`` for the JSON, a model of ``together_facade.types``
        (or ``list[Model]``), ``bytes`` or ``str`` for the body, ``httpx.Response`` for the
        answer itself. Example: ``client.get("/models", cast_to=list[ModelInfo])``.

        The result is always of the type ``cast_to`` says, or the answer is refused with
        ``APIResponseValidationError`` (as the official SDKs do in strict validation): a model
        reads a JSON object, never a list; ``list[Model]`` reads a JSON list of them or, as
        ``models.list()`` does, the ``data`` list of an object that carries one
        (``{"object": "list", "data": [...]}``); ``dict`` and ``list`` are the JSON as it is.

        The query is the path's (``"/x?tag=a&tag=b"``), then ``params``, then ``extra_query``:
        a later one replaces the keys it names (every value of each), the other keys keep all
        their values, repeated ones included (as httpx merges ``params`` into a URL's query).
        A list value sends its key once per item: ``params={"tag": ["a", "b"]}``.
        """
        call: Call[T] = generic_call(
            self._config, "GET", path, cast_to, None, params, headers, options
        )
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
        cast_to: type[T] = ...,
        stream: Literal[False] = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
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

    def put(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """PUT ``body`` (sent as JSON) to ``path``; ``cast_to`` as for ``get``."""
        call: Call[T] = generic_call(
            self._config, "PUT", path, cast_to, body, params, headers, options
        )
        return self._core.request(call)

    def patch(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """PATCH ``path`` with ``body`` (sent as JSON); ``cast_to`` as for ``get``."""
        call: Call[T] = generic_call(
            self._config, "PATCH", path, cast_to, body, params, headers, options
        )
        return self._core.request(call)

    def delete(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """DELETE ``path`` (a ``body``, if given, is sent as JSON); ``cast_to`` as for ``get``."""
        call: Call[T] = generic_call(
            self._config, "DELETE", path, cast_to, body, params, headers, options
        )
        return self._core.request(call)


class AsyncRequests:
    """``get``, ``post``, ``put``, ``patch`` and ``delete`` of ``AsyncTogether``, awaited."""

    if TYPE_CHECKING:  # the client's
        _config: ClientConfig

        @property
        def _core(self) -> AsyncCore: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """GET ``path`` (see ``Together.get``)."""
        call: Call[T] = generic_call(
            self._config, "GET", path, cast_to, None, params, headers, options
        )
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
        cast_to: type[T] = ...,
        stream: Literal[False] = False,
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T: ...
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

    async def put(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """PUT ``body`` (sent as JSON) to ``path``; ``cast_to`` as for ``get``."""
        call: Call[T] = generic_call(
            self._config, "PUT", path, cast_to, body, params, headers, options
        )
        return await self._core.request(call)

    async def patch(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """PATCH ``path`` with ``body`` (sent as JSON); ``cast_to`` as for ``get``."""
        call: Call[T] = generic_call(
            self._config, "PATCH", path, cast_to, body, params, headers, options
        )
        return await self._core.request(call)

    async def delete(
        self,
        path: str,
        *,
        cast_to: type[T] = object,  # type: ignore[assignment]
        body: object = None,
        params: _Query = None,
        headers: _Headers = None,
        **options: Unpack[RequestOptions],
    ) -> T:
        """DELETE ``path`` (a ``body``, if given, is sent as JSON); ``cast_to`` as for ``get``."""
        call: Call[T] = generic_call(
            self._config, "DELETE", path, cast_to, body, params, headers, options
        )
        return await self._core.request(call)
