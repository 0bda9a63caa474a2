"""``client.code_interpreter``: run Python code in a sandbox session (Together Code
Interpreter), under the official together SDK's names: ``execute`` and ``sessions.list``.

``execute`` returns the spec's answer as it is, typed: a ``SuccessfulExecution`` (the code ran:
its outputs, and the session it ran in, to run more code in with ``session_id=``) or a
``FailedExecution`` (the service did not run it: its ``errors``). The spec's two answers differ
only in which of ``data`` and ``errors`` is null, which its generated union reader does not
check (it reads a failure as a success with no data), so they are told apart here by that.

``sessions`` (``client.code_interpreter.sessions``) is an area of its own, as in the official
SDK, made on first use.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, Unpack

import httpx
from together_api_client import operations as _ops
from together_api_client.params import ExecuteCodeFilesItemParam

from .._calls import Call, RequestOptions, parse_model
from .._json import JSONCodec
from .._operations import OPERATIONS, operation_call
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import FailedExecution, SessionListResponse, SuccessfulExecution

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = [
    "AsyncCodeInterpreter",
    "AsyncCodeInterpreterSessions",
    "CodeInterpreter",
    "CodeInterpreterSessions",
    "Execution",
]

#: What ``execute`` returns: tell the two apart with ``isinstance``.
Execution = SuccessfulExecution | FailedExecution

# The spec's operations, sent and reported under this area's method names.
_EXECUTE = dataclasses.replace(OPERATIONS["execute_code"], name="code_interpreter.execute")
_SESSIONS = dataclasses.replace(
    OPERATIONS["list_code_interpreter_sessions"], name="code_interpreter.sessions.list"
)


def _read_execution(data: Any) -> Execution:
    """A failure if the answer has errors; else a success, which must have ``data``."""
    if not isinstance(data, Mapping):
        raise TypeError(f"expected an object with 'data' or 'errors', got {type(data).__name__}")
    if data.get("errors"):
        return FailedExecution.from_dict({"data": None, **data})
    if data.get("data") is None:
        raise KeyError("data")
    return SuccessfulExecution.from_dict({"errors": None, **data})


def _parse_execution(response: httpx.Response, codec: JSONCodec) -> Execution:
    return parse_model(response, _EXECUTE.name, _read_execution, codec)


def _execute(args: Mapping[str, Any]) -> Call[Execution]:
    call = operation_call(_EXECUTE, _ops.execute_code(), args)
    return dataclasses.replace(call, parse=_parse_execution)


def _sessions(options: RequestOptions) -> Call[SessionListResponse]:
    return operation_call(_SESSIONS, _ops.list_code_interpreter_sessions(), options)


class CodeInterpreter(SyncAPIResource):
    """``client.code_interpreter``: run code in a sandbox session."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _CodeInterpreterRaw
        with_streaming_response: _CodeInterpreterStreaming

    @cached_property
    def sessions(self) -> CodeInterpreterSessions:
        """Your sessions: ``client.code_interpreter.sessions.list()``."""
        return CodeInterpreterSessions(self._core)

    def execute(
        self,
        code: str,
        *,
        language: Literal["python"] = "python",
        session_id: str | None = None,
        files: Sequence[ExecuteCodeFilesItemParam] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Execution:
        """Run ``code`` (Python) in a sandbox; returns a ``SuccessfulExecution`` or a
        ``FailedExecution``: tell them apart with ``isinstance``.

        ``SuccessfulExecution``: the code ran. ``result.data.outputs`` is what it printed
        (``type`` "stdout" / "stderr"), displayed ("display_data", "execute_result": ``data``
        by MIME type) or raised (``type`` "error": the code itself failed); run more code in
        the same session (its variables, files and packages kept) with
        ``session_id=result.data.session_id``. ``FailedExecution``: the service did not run the
        code (an expired session, ...); ``result.errors`` says why.

        Parameters:
            code (required): The code to run.
            language: Its language; the service runs only "python".
            session_id: A session to run it in, from an earlier result; left out: a new one.
            files: Files written to the session before the code runs, each
                ``{"name": ..., "encoding": "string" | "base64", "content": ...}``.
            **options: the per-call options (extra_headers, extra_body, timeout, ...).

        Example::

            result = client.code_interpreter.execute("x = 6 * 7; print(x)")
            if isinstance(result, SuccessfulExecution):
                print([o.data for o in result.data.outputs])  # the printed text
                client.code_interpreter.execute("print(x)", session_id=result.data.session_id)
            else:
                print(result.errors)
        """
        args = {"code": code, "language": language, "session_id": session_id, "files": files}
        return self._core.request(_execute({**args, **options}))


class AsyncCodeInterpreter(AsyncAPIResource):
    """``client.code_interpreter`` on ``AsyncTogether``: the same calls, awaited."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncCodeInterpreterRaw
        with_streaming_response: _AsyncCodeInterpreterStreaming

    @cached_property
    def sessions(self) -> AsyncCodeInterpreterSessions:
        """Your sessions: ``await client.code_interpreter.sessions.list()``."""
        return AsyncCodeInterpreterSessions(self._core)

    async def execute(
        self,
        code: str,
        *,
        language: Literal["python"] = "python",
        session_id: str | None = None,
        files: Sequence[ExecuteCodeFilesItemParam] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Execution:
        """Run code in a sandbox (see ``Together.code_interpreter.execute``).

        Example::

            result = await client.code_interpreter.execute("print(6 * 7)")
            session = result.data.session_id if isinstance(result, SuccessfulExecution) else None
        """
        args = {"code": code, "language": language, "session_id": session_id, "files": files}
        return await self._core.request(_execute({**args, **options}))


class CodeInterpreterSessions(SyncAPIResource):
    """``client.code_interpreter.sessions``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _SessionsRaw
        with_streaming_response: _SessionsStreaming

    def list(self, **options: Unpack[RequestOptions]) -> SessionListResponse:
        """Your sessions (``.data.sessions``: each with its ``id``, ``started_at``,
        ``expires_at`` and ``execute_count``).

        Example::

            for session in client.code_interpreter.sessions.list().data.sessions:
                print(session.id, session.expires_at)
        """
        return self._core.request(_sessions(options))


class AsyncCodeInterpreterSessions(AsyncAPIResource):
    """``client.code_interpreter.sessions`` on ``AsyncTogether``."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncSessionsRaw
        with_streaming_response: _AsyncSessionsStreaming

    async def list(self, **options: Unpack[RequestOptions]) -> SessionListResponse:
        """Your sessions.

        Example: ``sessions = (await client.code_interpreter.sessions.list()).data.sessions``.
        """
        return await self._core.request(_sessions(options))


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _CodeInterpreterRaw(RawResponses):
        def __init__(self, r: CodeInterpreter) -> None:
            self.execute = wrap_raw(r.execute)

    class _CodeInterpreterStreaming(StreamingResponses):
        def __init__(self, r: CodeInterpreter) -> None:
            self.execute = wrap_streamed(r.execute)

    class _AsyncCodeInterpreterRaw(AsyncRawResponses):
        def __init__(self, r: AsyncCodeInterpreter) -> None:
            self.execute = wrap_araw(r.execute)

    class _AsyncCodeInterpreterStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncCodeInterpreter) -> None:
            self.execute = wrap_astreamed(r.execute)

    class _SessionsRaw(RawResponses):
        def __init__(self, r: CodeInterpreterSessions) -> None:
            self.list = wrap_raw(r.list)

    class _SessionsStreaming(StreamingResponses):
        def __init__(self, r: CodeInterpreterSessions) -> None:
            self.list = wrap_streamed(r.list)

    class _AsyncSessionsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncCodeInterpreterSessions) -> None:
            self.list = wrap_araw(r.list)

    class _AsyncSessionsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncCodeInterpreterSessions) -> None:
            self.list = wrap_astreamed(r.list)
