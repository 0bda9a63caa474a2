"""Base classes of the API areas (``client.chat``, ``client.files``, ...), and their two views.

Every area has ``with_raw_response`` and ``with_streaming_response``: the same methods, with the
same arguments, returning the HTTP answer too::

    raw = client.chat.completions.with_raw_response.create(model=..., messages=[...])
    raw.request_id, raw.headers, raw.ratelimit, raw.parse()   # parse(): what create() returns

    with client.files.with_streaming_response.retrieve_content("file-...") as response:
        for chunk in response.iter_bytes(): ...                 # the body, as it arrives

At run time a view is generic: ``__getattr__`` wraps whatever public method the area has (see
``_response`` for how the answer is captured). For type checkers, each area module lists its
areas' methods once, next to them: under ``if TYPE_CHECKING:``, an area declares
``with_raw_response: <its view>`` and ``with_streaming_response: <its view>``, views whose
``__init__`` wraps each method, e.g. ``self.list = wrap_raw(r.list)``. A view's method then has
the area method's own signature (through the ``ParamSpec`` of the ``wrap_*`` functions,
overloads included: ``stream=True`` gives the ``Stream``) and ``parse()`` its own result type,
and a misspelt method is an error. Python's types cannot derive that list from the area class
itself; ``tests/test_raw_response.py`` checks that it names every public method.

An area's views are subclasses of the generic ones (``RawResponses``, ...), as they are at run
time: mypy accepts such an annotation only if it narrows what the base class's descriptor gives.
So that a misspelt method stays an error, type checkers do not see the generic views'
``__getattr__``: an area that declares no views (``client.chat``, which has no methods) gets a
generic view without methods.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar, overload

from ._response import wrap_araw, wrap_raw
from ._streamed import wrap_astreamed, wrap_streamed

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore

__all__ = [
    "AsyncAPIResource",
    "AsyncRawResponses",
    "AsyncStreamingResponses",
    "RawResponses",
    "StreamingResponses",
    "SyncAPIResource",
]

V = TypeVar("V", bound="_View")


class _View:
    """The public methods of an API area, each wrapped by ``_wrap``; made once per area."""

    _kind: ClassVar[str]

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        raise NotImplementedError

    def __init__(self, resource: object) -> None:
        self._resource = resource

    if not TYPE_CHECKING:  # type checkers see each area's own methods (see the module docstring)

        def __getattr__(self, name: str) -> Callable[..., Any]:
            return self._wrapped(name)

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


class AsyncRawResponses(_View):
    """``<area>.with_raw_response`` on ``AsyncTogether``: each method, awaited, returns an
    ``APIResponse``."""

    _kind = "with_raw_response"

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        return wrap_araw(method)


class StreamingResponses(_View):
    """``<area>.with_streaming_response``: each method returns a context manager whose
    ``StreamedAPIResponse`` is read only when asked."""

    _kind = "with_streaming_response"

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        return wrap_streamed(method)


class AsyncStreamingResponses(_View):
    """``<area>.with_streaming_response`` on ``AsyncTogether``, for ``async with``."""

    _kind = "with_streaming_response"

    @staticmethod
    def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
        return wrap_astreamed(method)


class _ViewAttr(Generic[V]):
    """The view of an area: made on first use and kept in the area's ``__dict__`` (a non-data
    descriptor, as ``functools.cached_property``). Its type is the generic view's; an area
    narrows it to its own view by declaring ``with_raw_response: <its view>`` (a subclass)."""

    def __init__(self, view: type[V]) -> None:
        self._view = view
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: Any = None) -> Self: ...
    @overload
    def __get__(self, obj: object, owner: Any = None) -> V: ...
    def __get__(self, obj: object, owner: Any = None) -> Any:
        if obj is None:
            return self
        view = obj.__dict__[self._name] = self._view(obj)
        return view


class SyncAPIResource:
    """An API area of ``Together``; it sends through the client's core.

    ``with_raw_response`` and ``with_streaming_response`` are its methods returning the HTTP
    answer too (see the module's docstring).
    """

    def __init__(self, core: SyncCore) -> None:
        self._core = core

    with_raw_response = _ViewAttr(RawResponses)
    with_streaming_response = _ViewAttr(StreamingResponses)


class AsyncAPIResource:
    """An API area of ``AsyncTogether``; it sends through the client's core (and has the same
    two views as ``SyncAPIResource``, awaited / for ``async with``)."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core

    with_raw_response = _ViewAttr(AsyncRawResponses)
    with_streaming_response = _ViewAttr(AsyncStreamingResponses)
