"""Base classes of the API areas (``client.chat``, ``client.files``, ...), and their two views.

Every area has ``with_raw_response`` and ``with_streaming_response``: the same methods, with the
same arguments, returning the HTTP answer too::

    raw = client.chat.completions.with_raw_response.create(model=..., messages=[...])
    raw.request_id, raw.headers, raw.ratelimit, raw.parse()   # parse(): what create() returns

    with client.files.with_streaming_response.retrieve_content("file-...") as response:
        for chunk in response.iter_bytes(): ...                 # the body, as it arrives

At run time a view is generic: ``__getattr__`` wraps whatever public method the area has (see
``_response`` for how the answer is captured). For type checkers, the methods of each area are
listed once at the end of this module, so that a view's method has the area method's own
signature and ``parse()`` its own result type (overloads included: ``stream=True`` gives the
``Stream``), and a misspelt method is an error. Python's types cannot derive that list from the
area class itself; ``tests/test_raw_response.py`` checks that it names every public method. (An
area not listed at all gets the generic view types, whose methods return ``Any`` results.)
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ClassVar, Self, overload

from ._response import (
    APIResponse,
    AsyncStreamedResponseContext,
    StreamedResponseContext,
    wrap_araw,
    wrap_astreamed,
    wrap_raw,
    wrap_streamed,
)

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore
    from .resources.chat import AsyncChatCompletions, ChatCompletions
    from .resources.completions import AsyncCompletions, Completions
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.files import AsyncFiles, Files
    from .resources.fine_tuning import (
        AsyncFineTuning,
        AsyncFineTuningJobs,
        FineTuning,
        FineTuningJobs,
    )
    from .resources.images import AsyncImages, Images
    from .resources.models import AsyncModels, Models
    from .resources.rerank import AsyncRerank, Rerank

__all__ = [
    "AsyncAPIResource",
    "AsyncRawResponses",
    "AsyncStreamingResponses",
    "RawResponses",
    "StreamingResponses",
    "SyncAPIResource",
]


class _View:
    """The public methods of an API area, each wrapped by ``_wrap``; made once per area."""

    _kind: ClassVar[str]

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        raise NotImplementedError

    def __init__(self, resource: object) -> None:
        self._resource = resource

    def _wrapped(self, name: str) -> Callable[..., Any]:
        area = type(self._resource).__name__
        value = None if name.startswith("_") else getattr(self._resource, name, None)
        if isinstance(value, SyncAPIResource | AsyncAPIResource):
            raise AttributeError(
                f"{area}.{self._kind}.{name}: {name!r} is an API area, not a method; use "
                f"<client>.<area>.{name}.{self._kind}.<method>(...)"
            )
        if not (inspect.ismethod(value) and value.__self__ is self._resource):
            methods = ", ".join(self.__dir__()) or "none"
            raise AttributeError(f"{area}.{self._kind} has no method {name!r} (it has: {methods})")
        wrapped = self._wrap(value)
        setattr(self, name, wrapped)  # found directly from now on, without __getattr__
        return wrapped

    def __dir__(self) -> list[str]:
        resource = self._resource
        return sorted(
            name
            for name in dir(type(resource))
            if not name.startswith("_") and inspect.isfunction(getattr(type(resource), name, None))
        )

    def __repr__(self) -> str:
        return f"<{type(self._resource).__name__}.{self._kind}: {', '.join(self.__dir__())}>"


class RawResponses(_View):
    """``<area>.with_raw_response``: each method returns an ``APIResponse`` (``parse()`` is the
    method's result; ``headers``, ``request_id``, ``ratelimit`` are its answer's)."""

    _kind = "with_raw_response"

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        return wrap_raw(method)

    def __getattr__(self, name: str) -> Callable[..., APIResponse[Any]]:
        return self._wrapped(name)


class AsyncRawResponses(_View):
    """``<area>.with_raw_response`` on ``AsyncTogether``: each method, awaited, returns an
    ``APIResponse``."""

    _kind = "with_raw_response"

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        return wrap_araw(method)

    def __getattr__(self, name: str) -> Callable[..., Awaitable[APIResponse[Any]]]:
        return self._wrapped(name)


class StreamingResponses(_View):
    """``<area>.with_streaming_response``: each method returns a context manager whose
    ``StreamedAPIResponse`` is read only when asked."""

    _kind = "with_streaming_response"

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        return wrap_streamed(method)

    def __getattr__(self, name: str) -> Callable[..., StreamedResponseContext[Any]]:
        return self._wrapped(name)


class AsyncStreamingResponses(_View):
    """``<area>.with_streaming_response`` on ``AsyncTogether``, for ``async with``."""

    _kind = "with_streaming_response"

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        return wrap_astreamed(method)

    def __getattr__(self, name: str) -> Callable[..., AsyncStreamedResponseContext[Any]]:
        return self._wrapped(name)


class _ViewAttr:
    """The view of an area: made on first use and kept in the area's ``__dict__`` (a non-data
    descriptor, as ``functools.cached_property``)."""

    def __init__(self, view: type[_View]) -> None:
        self._view = view
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def _get(self, obj: object) -> Any:
        if obj is None:
            return self
        view = obj.__dict__[self._name] = self._view(obj)
        return view


# --- the views' types: each area's methods, listed once ---------------------------------------
#
# Only type checkers read the classes below: a new method of an area gets one line here in each
# of its four views (``tests/test_raw_response.py`` fails until it has). A view's method has the
# area method's own signature through the ``ParamSpec`` of the ``wrap_*`` functions, overloads
# included.

if TYPE_CHECKING:

    class _ChatCompletionsRaw(_View):
        def __init__(self, r: ChatCompletions) -> None:
            self.create = wrap_raw(r.create)

    class _CompletionsRaw(_View):
        def __init__(self, r: Completions) -> None:
            self.create = wrap_raw(r.create)

    class _EmbeddingsRaw(_View):
        def __init__(self, r: Embeddings) -> None:
            self.create = wrap_raw(r.create)

    class _ImagesRaw(_View):
        def __init__(self, r: Images) -> None:
            self.generate = wrap_raw(r.generate)

    class _ModelsRaw(_View):
        def __init__(self, r: Models) -> None:
            self.list = wrap_raw(r.list)

    class _RerankRaw(_View):
        def __init__(self, r: Rerank) -> None:
            self.create = wrap_raw(r.create)

    class _FilesRaw(_View):
        def __init__(self, r: Files) -> None:
            self.list = wrap_raw(r.list)
            self.retrieve = wrap_raw(r.retrieve)
            self.retrieve_content = wrap_raw(r.retrieve_content)
            self.upload = wrap_raw(r.upload)
            self.create = wrap_raw(r.create)
            self.delete = wrap_raw(r.delete)

    class _FineTuningRaw(_View):
        def __init__(self, r: FineTuning) -> None:
            self.create = wrap_raw(r.create)
            self.list = wrap_raw(r.list)
            self.retrieve = wrap_raw(r.retrieve)
            self.cancel = wrap_raw(r.cancel)
            self.list_events = wrap_raw(r.list_events)
            self.wait = wrap_raw(r.wait)
            self.download = wrap_raw(r.download)

    class _FineTuningJobsRaw(_View):
        def __init__(self, r: FineTuningJobs) -> None:
            self.create = wrap_raw(r.create)
            self.retrieve = wrap_raw(r.retrieve)
            self.list = wrap_raw(r.list)
            self.cancel = wrap_raw(r.cancel)
            self.list_events = wrap_raw(r.list_events)

    class _ChatCompletionsStreaming(_View):
        def __init__(self, r: ChatCompletions) -> None:
            self.create = wrap_streamed(r.create)

    class _CompletionsStreaming(_View):
        def __init__(self, r: Completions) -> None:
            self.create = wrap_streamed(r.create)

    class _EmbeddingsStreaming(_View):
        def __init__(self, r: Embeddings) -> None:
            self.create = wrap_streamed(r.create)

    class _ImagesStreaming(_View):
        def __init__(self, r: Images) -> None:
            self.generate = wrap_streamed(r.generate)

    class _ModelsStreaming(_View):
        def __init__(self, r: Models) -> None:
            self.list = wrap_streamed(r.list)

    class _RerankStreaming(_View):
        def __init__(self, r: Rerank) -> None:
            self.create = wrap_streamed(r.create)

    class _FilesStreaming(_View):
        def __init__(self, r: Files) -> None:
            self.list = wrap_streamed(r.list)
            self.retrieve = wrap_streamed(r.retrieve)
            self.retrieve_content = wrap_streamed(r.retrieve_content)
            self.upload = wrap_streamed(r.upload)
            self.create = wrap_streamed(r.create)
            self.delete = wrap_streamed(r.delete)

    class _FineTuningStreaming(_View):
        def __init__(self, r: FineTuning) -> None:
            self.create = wrap_streamed(r.create)
            self.list = wrap_streamed(r.list)
            self.retrieve = wrap_streamed(r.retrieve)
            self.cancel = wrap_streamed(r.cancel)
            self.list_events = wrap_streamed(r.list_events)
            self.wait = wrap_streamed(r.wait)
            self.download = wrap_streamed(r.download)

    class _FineTuningJobsStreaming(_View):
        def __init__(self, r: FineTuningJobs) -> None:
            self.create = wrap_streamed(r.create)
            self.retrieve = wrap_streamed(r.retrieve)
            self.list = wrap_streamed(r.list)
            self.cancel = wrap_streamed(r.cancel)
            self.list_events = wrap_streamed(r.list_events)

    class _AsyncChatCompletionsRaw(_View):
        def __init__(self, r: AsyncChatCompletions) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncCompletionsRaw(_View):
        def __init__(self, r: AsyncCompletions) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncEmbeddingsRaw(_View):
        def __init__(self, r: AsyncEmbeddings) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncImagesRaw(_View):
        def __init__(self, r: AsyncImages) -> None:
            self.generate = wrap_araw(r.generate)

    class _AsyncModelsRaw(_View):
        def __init__(self, r: AsyncModels) -> None:
            self.list = wrap_araw(r.list)

    class _AsyncRerankRaw(_View):
        def __init__(self, r: AsyncRerank) -> None:
            self.create = wrap_araw(r.create)

    class _AsyncFilesRaw(_View):
        def __init__(self, r: AsyncFiles) -> None:
            self.list = wrap_araw(r.list)
            self.retrieve = wrap_araw(r.retrieve)
            self.retrieve_content = wrap_araw(r.retrieve_content)
            self.upload = wrap_araw(r.upload)
            self.create = wrap_araw(r.create)
            self.delete = wrap_araw(r.delete)

    class _AsyncFineTuningRaw(_View):
        def __init__(self, r: AsyncFineTuning) -> None:
            self.create = wrap_araw(r.create)
            self.list = wrap_araw(r.list)
            self.retrieve = wrap_araw(r.retrieve)
            self.cancel = wrap_araw(r.cancel)
            self.list_events = wrap_araw(r.list_events)
            self.wait = wrap_araw(r.wait)
            self.download = wrap_araw(r.download)

    class _AsyncFineTuningJobsRaw(_View):
        def __init__(self, r: AsyncFineTuningJobs) -> None:
            self.create = wrap_araw(r.create)
            self.retrieve = wrap_araw(r.retrieve)
            self.list = wrap_araw(r.list)
            self.cancel = wrap_araw(r.cancel)
            self.list_events = wrap_araw(r.list_events)

    class _AsyncChatCompletionsStreaming(_View):
        def __init__(self, r: AsyncChatCompletions) -> None:
            self.create = wrap_astreamed(r.create)

    class _AsyncCompletionsStreaming(_View):
        def __init__(self, r: AsyncCompletions) -> None:
            self.create = wrap_astreamed(r.create)

    class _AsyncEmbeddingsStreaming(_View):
        def __init__(self, r: AsyncEmbeddings) -> None:
            self.create = wrap_astreamed(r.create)

    class _AsyncImagesStreaming(_View):
        def __init__(self, r: AsyncImages) -> None:
            self.generate = wrap_astreamed(r.generate)

    class _AsyncModelsStreaming(_View):
        def __init__(self, r: AsyncModels) -> None:
            self.list = wrap_astreamed(r.list)

    class _AsyncRerankStreaming(_View):
        def __init__(self, r: AsyncRerank) -> None:
            self.create = wrap_astreamed(r.create)

    class _AsyncFilesStreaming(_View):
        def __init__(self, r: AsyncFiles) -> None:
            self.list = wrap_astreamed(r.list)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.retrieve_content = wrap_astreamed(r.retrieve_content)
            self.upload = wrap_astreamed(r.upload)
            self.create = wrap_astreamed(r.create)
            self.delete = wrap_astreamed(r.delete)

    class _AsyncFineTuningStreaming(_View):
        def __init__(self, r: AsyncFineTuning) -> None:
            self.create = wrap_astreamed(r.create)
            self.list = wrap_astreamed(r.list)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.cancel = wrap_astreamed(r.cancel)
            self.list_events = wrap_astreamed(r.list_events)
            self.wait = wrap_astreamed(r.wait)
            self.download = wrap_astreamed(r.download)

    class _AsyncFineTuningJobsStreaming(_View):
        def __init__(self, r: AsyncFineTuningJobs) -> None:
            self.create = wrap_astreamed(r.create)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.list = wrap_astreamed(r.list)
            self.cancel = wrap_astreamed(r.cancel)
            self.list_events = wrap_astreamed(r.list_events)


# Which view type each area gets. (``owner`` is typed ``Any``: the class an attribute is read
# from; the views of areas not listed are the generic ones.)


class _SyncRaw(_ViewAttr):
    @overload
    def __get__(self, obj: None, owner: Any = None) -> Self: ...
    @overload
    def __get__(self, obj: ChatCompletions, owner: Any = None) -> _ChatCompletionsRaw: ...
    @overload
    def __get__(self, obj: Completions, owner: Any = None) -> _CompletionsRaw: ...
    @overload
    def __get__(self, obj: Embeddings, owner: Any = None) -> _EmbeddingsRaw: ...
    @overload
    def __get__(self, obj: Images, owner: Any = None) -> _ImagesRaw: ...
    @overload
    def __get__(self, obj: Models, owner: Any = None) -> _ModelsRaw: ...
    @overload
    def __get__(self, obj: Rerank, owner: Any = None) -> _RerankRaw: ...
    @overload
    def __get__(self, obj: Files, owner: Any = None) -> _FilesRaw: ...
    @overload
    def __get__(self, obj: FineTuning, owner: Any = None) -> _FineTuningRaw: ...
    @overload
    def __get__(self, obj: FineTuningJobs, owner: Any = None) -> _FineTuningJobsRaw: ...
    @overload
    def __get__(self, obj: SyncAPIResource, owner: Any = None) -> RawResponses: ...
    def __get__(self, obj: object, owner: Any = None) -> Any:
        return self._get(obj)


class _SyncStreaming(_ViewAttr):
    @overload
    def __get__(self, obj: None, owner: Any = None) -> Self: ...
    @overload
    def __get__(self, obj: ChatCompletions, owner: Any = None) -> _ChatCompletionsStreaming: ...
    @overload
    def __get__(self, obj: Completions, owner: Any = None) -> _CompletionsStreaming: ...
    @overload
    def __get__(self, obj: Embeddings, owner: Any = None) -> _EmbeddingsStreaming: ...
    @overload
    def __get__(self, obj: Images, owner: Any = None) -> _ImagesStreaming: ...
    @overload
    def __get__(self, obj: Models, owner: Any = None) -> _ModelsStreaming: ...
    @overload
    def __get__(self, obj: Rerank, owner: Any = None) -> _RerankStreaming: ...
    @overload
    def __get__(self, obj: Files, owner: Any = None) -> _FilesStreaming: ...
    @overload
    def __get__(self, obj: FineTuning, owner: Any = None) -> _FineTuningStreaming: ...
    @overload
    def __get__(self, obj: FineTuningJobs, owner: Any = None) -> _FineTuningJobsStreaming: ...
    @overload
    def __get__(self, obj: SyncAPIResource, owner: Any = None) -> StreamingResponses: ...
    def __get__(self, obj: object, owner: Any = None) -> Any:
        return self._get(obj)


class _AsyncRaw(_ViewAttr):
    @overload
    def __get__(self, obj: None, owner: Any = None) -> Self: ...
    @overload
    def __get__(self, obj: AsyncChatCompletions, owner: Any = None) -> _AsyncChatCompletionsRaw: ...
    @overload
    def __get__(self, obj: AsyncCompletions, owner: Any = None) -> _AsyncCompletionsRaw: ...
    @overload
    def __get__(self, obj: AsyncEmbeddings, owner: Any = None) -> _AsyncEmbeddingsRaw: ...
    @overload
    def __get__(self, obj: AsyncImages, owner: Any = None) -> _AsyncImagesRaw: ...
    @overload
    def __get__(self, obj: AsyncModels, owner: Any = None) -> _AsyncModelsRaw: ...
    @overload
    def __get__(self, obj: AsyncRerank, owner: Any = None) -> _AsyncRerankRaw: ...
    @overload
    def __get__(self, obj: AsyncFiles, owner: Any = None) -> _AsyncFilesRaw: ...
    @overload
    def __get__(self, obj: AsyncFineTuning, owner: Any = None) -> _AsyncFineTuningRaw: ...
    @overload
    def __get__(self, obj: AsyncFineTuningJobs, owner: Any = None) -> _AsyncFineTuningJobsRaw: ...
    @overload
    def __get__(self, obj: AsyncAPIResource, owner: Any = None) -> AsyncRawResponses: ...
    def __get__(self, obj: object, owner: Any = None) -> Any:
        return self._get(obj)


class _AsyncStreaming(_ViewAttr):
    @overload
    def __get__(self, obj: None, owner: Any = None) -> Self: ...
    @overload
    def __get__(
        self, obj: AsyncChatCompletions, owner: Any = None
    ) -> _AsyncChatCompletionsStreaming: ...
    @overload
    def __get__(self, obj: AsyncCompletions, owner: Any = None) -> _AsyncCompletionsStreaming: ...
    @overload
    def __get__(self, obj: AsyncEmbeddings, owner: Any = None) -> _AsyncEmbeddingsStreaming: ...
    @overload
    def __get__(self, obj: AsyncImages, owner: Any = None) -> _AsyncImagesStreaming: ...
    @overload
    def __get__(self, obj: AsyncModels, owner: Any = None) -> _AsyncModelsStreaming: ...
    @overload
    def __get__(self, obj: AsyncRerank, owner: Any = None) -> _AsyncRerankStreaming: ...
    @overload
    def __get__(self, obj: AsyncFiles, owner: Any = None) -> _AsyncFilesStreaming: ...
    @overload
    def __get__(self, obj: AsyncFineTuning, owner: Any = None) -> _AsyncFineTuningStreaming: ...
    @overload
    def __get__(
        self, obj: AsyncFineTuningJobs, owner: Any = None
    ) -> _AsyncFineTuningJobsStreaming: ...
    @overload
    def __get__(self, obj: AsyncAPIResource, owner: Any = None) -> AsyncStreamingResponses: ...
    def __get__(self, obj: object, owner: Any = None) -> Any:
        return self._get(obj)


class SyncAPIResource:
    """An API area of ``Together``; it sends through the client's core.

    ``with_raw_response`` and ``with_streaming_response`` are its methods returning the HTTP
    answer too (see the module's docstring).
    """

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    with_raw_response = _SyncRaw(RawResponses)
    with_streaming_response = _SyncStreaming(StreamingResponses)


class AsyncAPIResource:
    """An API area of ``AsyncTogether``; it sends through the client's core (and has the same
    two views as ``SyncAPIResource``, awaited / for ``async with``)."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    with_raw_response = _AsyncRaw(AsyncRawResponses)
    with_streaming_response = _AsyncStreaming(AsyncStreamingResponses)
