"""The errors this library raises: one tree, one root.

::

    TogetherError                      anything raised on purpose by together_facade
    ├── InvalidRequestError            bad arguments, caught before any request is sent
    │   └── FileCheckError             a data file failed check_file before upload
    ├── FineTuneFailedError            a fine-tuning job ended in error or was cancelled
    ├── WaitTimeoutError               waiting for a job took longer than asked
    └── APIError                       something went wrong talking to the API
        ├── APIStatusError             the API answered with an error status (any not listed below)
        │   ├── BadRequestError                400
        │   ├── AuthenticationError            401
        │   ├── PermissionDeniedError          403
        │   ├── NotFoundError                  404
        │   ├── ConflictError                  409
        │   ├── UnprocessableEntityError       422
        │   ├── RateLimitError                 429
        │   └── InternalServerError            >= 500
        ├── APIConnectionError         no usable answer: refused, reset, cut short
        │   ├── APITimeoutError        the connection or a read timed out
        │   └── IncompleteStreamError  a stream ended without [DONE] or a finish reason
        └── APIResponseValidationError a 2xx answer (or a stream event) that cannot be read

An error the API reports inside a stream (``event: error`` or ``data: {"error": ...}``) raises
``APIError`` itself, with ``message``, ``type`` and ``code``.

Every ``APIError`` has ``message``, ``request_id``, ``type``, ``param``, ``code`` and ``body``
(the raw answer, whatever its shape). ``APIStatusError`` adds ``status_code``, ``response`` and
``retry_after`` (seconds the server asked to wait, when it said).
"""

from __future__ import annotations

from typing import Any

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FileCheckError",
    "FineTuneFailedError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TogetherError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
]


class TogetherError(Exception):
    """The root of every error raised by together_facade."""


class InvalidRequestError(TogetherError, ValueError):
    """An argument is missing or wrong; nothing was sent. The message says what to fix."""


class FileCheckError(InvalidRequestError):
    """``upload(check=True)`` found a problem in the file; ``report`` has the details."""

    def __init__(self, message: str, report: Any) -> None:
        super().__init__(message)
        self.report = report


class FineTuneFailedError(TogetherError):
    """The job being waited for ended without completing; ``job`` is its last state."""

    def __init__(self, message: str, job: Any) -> None:
        super().__init__(message)
        self.job = job


class WaitTimeoutError(TogetherError, TimeoutError):
    """The job did not finish in time; ``job`` is its last state. It goes on running."""

    def __init__(self, message: str, job: Any) -> None:
        super().__init__(message)
        self.job = job


class APIError(TogetherError):
    """An error while talking to the API, or one the API reported."""

    message: str
    request: httpx.Request | None
    body: object
    request_id: str | None
    type: str | None
    param: str | None
    code: str | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        body: object = None,
        request_id: str | None = None,
        type: str | None = None,
        param: str | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body
        self.request_id = request_id
        self.type = type
        self.param = param
        self.code = code

    def __str__(self) -> str:
        extra = [f"{k}={v}" for k, v in (("type", self.type), ("code", self.code)) if v]
        if self.request_id:
            extra.append(f"request_id={self.request_id}")
        return f"{self.message} ({', '.join(extra)})" if extra else self.message


class APIStatusError(APIError):
    """The API answered with an error status. Subclasses name the common ones."""

    status_code: int
    response: httpx.Response
    retry_after: float | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object = None,
        request_id: str | None = None,
        type: str | None = None,
        param: str | None = None,
        code: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            request=response.request,
            body=body,
            request_id=request_id,
            type=type,
            param=param,
            code=code,
        )
        self.response = response
        self.status_code = response.status_code
        self.retry_after = retry_after

    def __str__(self) -> str:
        return f"{self.status_code}: {super().__str__()}"


class BadRequestError(APIStatusError):
    """400: the request was malformed or asked for something the model cannot do."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid. Check TOGETHER_API_KEY or the api_key argument."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: no such model, file or job."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the resource."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but its content was rejected."""


class RateLimitError(APIStatusError):
    """429: too many requests or tokens, or out of credit. ``retry_after`` says how long to wait."""


class InternalServerError(APIStatusError):
    """>= 500: the service failed or is overloaded; retried automatically before this is raised."""


class APIConnectionError(APIError):
    """No usable answer: the connection was refused, reset or cut short."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The connection or a read timed out. Raise ``timeout`` (client or per call) if too short."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class IncompleteStreamError(APIConnectionError):
    """A stream ended with neither ``[DONE]`` nor a finish reason.

    What arrived is kept: ``partial_text`` (the text of the deltas so far) and ``chunks``.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        partial_text: str = "",
        chunks: list[Any] | None = None,
    ) -> None:
        super().__init__(message, request=request)
        self.partial_text = partial_text
        self.chunks = chunks if chunks is not None else []


class APIResponseValidationError(APIError):
    """A successful answer, or a stream event, that cannot be read as the expected type."""
