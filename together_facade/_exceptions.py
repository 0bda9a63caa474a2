"""The errors this library raises: one tree, one root.

::

    TogetherError                      anything raised on purpose by together_facade
    ├── InvalidRequestError            bad arguments, caught before any request is sent
    │   │                              (a ValueError)
    │   ├── InvalidTypeError           an argument of the wrong type (also a TypeError)
    │   ├── FileCheckError             a data file failed check_file before upload
    │   └── CheckpointMismatchError    a bulk job's checkpoint is another job's
    ├── ClientClosedError              the client was closed before or during the call
    │                                  (also a RuntimeError)
    ├── MissingDependencyError         an optional extra a feature needs is not installed
    │                                  (also an ImportError)
    ├── FineTuneFailedError            a fine-tuning job ended in error or was cancelled
    ├── BatchFailedError               a batch ended FAILED, EXPIRED or CANCELLED
    ├── BatchFileMissingError          a batch has no output (or error) file to download
    │                                  (also a LookupError)
    ├── EvaluationFailedError          an evaluation job ended in error
    ├── VideoFailedError               a video job failed
    ├── WaitTimeoutError               waiting for a job took longer than asked
    ├── BulkError                      BulkResult.raise_for_failures(): some inputs failed
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
        │   ├── APITimeoutError        the connection or a read timed out, or a stream was
        │   │   │                      idle longer than stream_idle_timeout
        │   │   └── DeadlineExceededError  the call's deadline passed (attempts included)
        │   └── IncompleteStreamError  a stream ended without [DONE] or a finish reason
        └── APIResponseValidationError an answer (or a stream event) that cannot be read
            ├── ResponseTooLargeError  an answer over max_response_bytes (max_event_bytes
            │                          for a stream's events)
            └── RedirectError          a redirect not followed: to another origin, or of a
                │                      request with a body (nothing is re-sent)
                └── InvalidRedirectError   to a Location that is no URL

An error the API reports inside a stream (``event: error`` or ``data: {"error": ...}``) raises
``APIError`` itself, with ``message``, ``type`` and ``code``.

Every ``APIError`` has ``message``, ``request_id``, ``type``, ``param``, ``code`` and ``body``
(the raw answer, whatever its shape). ``APIStatusError`` adds ``status_code``, ``response`` and
``retry_after`` (seconds the server asked to wait, when it said).

The second half of this module translates what httpx reports into this tree: the status-to-class
map (``status_error``), the one parser of error bodies (``error_fields``, for error answers and
for errors inside streams alike) and ``connection_error`` for transport failures.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
from together_api_client import errors as _generated_errors

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DeadlineExceededError",
    "FileCheckError",
    "BatchFailedError",
    "BatchFileMissingError",
    "BulkError",
    "CheckpointMismatchError",
    "EvaluationFailedError",
    "FineTuneFailedError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidRedirectError",
    "InvalidRequestError",
    "InvalidTypeError",
    "MissingDependencyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "TogetherError",
    "UNREADABLE",
    "UnprocessableEntityError",
    "VideoFailedError",
    "WaitTimeoutError",
]


class TogetherError(Exception):
    """The root of every error raised by together_facade."""


class InvalidRequestError(TogetherError, ValueError):
    """An argument is missing or wrong; nothing was sent. The message says what to fix."""


class InvalidTypeError(InvalidRequestError, TypeError):
    """An argument of the wrong type (also a ``TypeError``); the message says what to pass."""


class FileCheckError(InvalidRequestError):
    """``upload(check=True)`` found a problem in the file; ``report`` has the details."""

    def __init__(self, message: str, report: Any) -> None:
        super().__init__(message)
        self.report = report


class ClientClosedError(TogetherError, RuntimeError):
    """The client was closed (``close()``, or its ``with`` block ended) before or while the call
    was made. Make calls inside the ``with`` block, or on a new client."""


class MissingDependencyError(TogetherError, ImportError):
    """A feature needs a package that is not installed (an optional extra, such as rich for
    ``progress=True``); nothing was sent. The message names the ``pip install`` to run."""


class FineTuneFailedError(TogetherError):
    """The job being waited for ended without completing; ``job`` is its last state."""

    def __init__(self, message: str, job: Any) -> None:
        super().__init__(message)
        self.job = job


class BatchFailedError(TogetherError):
    """The batch being waited for ended ``FAILED``, ``EXPIRED`` or ``CANCELLED``; ``job`` is its
    last state (an expired or cancelled batch may still have an output file with the requests
    that finished: ``client.batches.download_output(err.job, path)``)."""

    def __init__(self, message: str, job: Any) -> None:
        error = getattr(job, "error", None)
        super().__init__(f"{message} The service says: {error}" if error else message)
        self.job = job


class BatchFileMissingError(TogetherError, LookupError):
    """The batch has no output (or error) file to download, yet or at all; ``batch`` is its
    state, and the message says why and what to do."""

    def __init__(self, message: str, batch: Any) -> None:
        super().__init__(message)
        self.batch = batch


class EvaluationFailedError(TogetherError):
    """``evaluations.wait``: the job ended with ``error`` or ``user_error``; ``job`` is its last
    state. The message ends with the job's own ``error``, when its results carry one."""

    def __init__(self, message: str, job: Any) -> None:
        results = getattr(job, "results", None)
        try:  # a result model answers ["error"] for a field it has or an unknown one it kept
            error = results["error"] if results is not None and "error" in results else None
        except (TypeError, KeyError):
            error = None
        super().__init__(f"{message} Its error: {error}" if error else message)
        self.job = job


class VideoFailedError(TogetherError):
    """``videos.wait``: the job ended with status ``failed``; ``job`` is its last state. The
    message ends with the job's ``error.message``, when it has one."""

    def __init__(self, message: str, job: Any) -> None:
        error = getattr(getattr(job, "error", None), "message", None)
        super().__init__(f"{message} Its error: {error}" if error else message)
        self.job = job


class WaitTimeoutError(TogetherError, TimeoutError):
    """The job did not finish in time; ``job`` is its last state. It goes on running."""

    def __init__(self, message: str, job: Any) -> None:
        super().__init__(message)
        self.job = job


class CheckpointMismatchError(InvalidRequestError):
    """A bulk job's checkpoint file was written by another job (other kind, model or inputs)."""


class BulkError(TogetherError):
    """Raised by ``BulkResult.raise_for_failures``: some inputs failed (``result`` has them all,
    and the first failure's error is the cause)."""

    def __init__(self, message: str, result: Any) -> None:
        super().__init__(message)
        self.result = result


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
        if request is not None:
            redact(request)
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


class DeadlineExceededError(APITimeoutError):
    """The call's ``deadline`` passed: its attempts, their backoff and reading the answer took
    longer. Pass a longer ``deadline=`` to the call or the client if the work needs longer."""


class IncompleteStreamError(APIConnectionError):
    """A stream ended with neither ``[DONE]`` nor a finish reason.

    What arrived is kept: ``partial_text`` (all the text of the deltas so far) and ``chunks``
    (the chunks received, as chunk models: the latest 64 of them).
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


class ResponseTooLargeError(APIResponseValidationError):
    """The answer was larger than the client's ``max_response_bytes`` (a stream's event larger
    than ``max_event_bytes``), counted after decompression; it was not read further."""


class RedirectError(APIResponseValidationError):
    """An answer redirected where the client does not follow: to another origin (which would
    receive the request, and with it the prompt and any credential header), or a request with a
    body (never sent twice). ``location`` is where it pointed."""

    def __init__(
        self, message: str, *, request: httpx.Request, location: str, request_id: str | None
    ) -> None:
        super().__init__(message, request=request, request_id=request_id)
        self.location = location


class InvalidRedirectError(RedirectError):
    """An answer redirected to a ``Location`` that is not a URL (httpx refuses to read it)."""

    def __init__(self, why: object, *, request: httpx.Request) -> None:
        message = (
            f"The answer to {request.method} {request.url} redirects to a Location that is not "
            f"a valid URL ({why})"
        )
        super().__init__(message, request=request, location="", request_id=None)


# --- credentials out of sight -----------------------------------------------------------------

#: Header names always redacted, and the words that make any other name a credential.
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "api-key", "x-api-key"})
_CREDENTIAL_WORDS = re.compile(r"key|token|secret|auth|pass|cookie|sig|session|credential")


def is_sensitive(name: str, extra: frozenset[str] = frozenset()) -> bool:
    """True for a header that may carry a credential: the usual ones, any the client was told
    of (``sensitive_headers``), and any whose name says so (``X-Goog-Api-Key``, ``X-Token``)."""
    lower = name.lower()
    return lower in SENSITIVE_HEADERS or lower in extra or bool(_CREDENTIAL_WORDS.search(lower))


class RedactedHeaders(httpx.Headers):
    """Headers whose ``repr`` hides every credential (httpx's hides only ``Authorization``)."""

    sensitive: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        shown = [
            (k, "[secure]" if is_sensitive(k, self.sensitive) else v) for k, v in self.multi_items()
        ]
        as_dict = dict(shown)
        return f"Headers({as_dict!r})" if len(as_dict) == len(shown) else f"Headers({shown!r})"


def shown_url(url: httpx.URL) -> str:
    """``url`` with the values of credential-like query parameters hidden: a presigned storage
    URL's ``X-Amz-Signature`` or ``X-Amz-Credential`` is as good as a key."""
    if not url.query:
        return str(url)
    params = [(k, "[secure]" if is_sensitive(k) else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(params=params))


def redact(request: httpx.Request) -> None:
    """Make ``request.headers`` hide its credentials in reprs (done when an error carries the
    request, so that printing ``e.request.headers`` shows no key)."""
    if isinstance(request.headers, RedactedHeaders):
        return
    headers = RedactedHeaders(request.headers)
    budget = request.extensions.get("together_facade.budget")
    headers.sensitive = getattr(budget, "sensitive", frozenset())
    request.headers = headers


# --- translating httpx's answers and failures into this tree ---------------------------------

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}

#: What a generated model's ``from_dict`` raises on a shape it cannot read (RecursionError: a
#: value nested thousands deep, whose mere ``repr`` in an error message recurses).
UNREADABLE = (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError)


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


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def error_fields(payload: object) -> tuple[str, dict[str, str | None]]:
    """The message and the ``type``/``param``/``code`` of a parsed error body, whatever its
    shape: ``{"error": {...}}``, ``{"error": "text"}``, ``{"message": ...}``, ``{"detail": ...}``
    or a bare string. The message is empty when the payload has none."""
    error = payload.get("error") if isinstance(payload, dict) else payload
    if error is None:
        error = payload  # the fields at the top level: {"message": ..., "type": ...}
    if isinstance(error, dict):
        fields = {k: _text(error.get(k)) for k in ("type", "param", "code")}
        return str(error.get("message") or error.get("detail") or ""), fields
    if isinstance(error, str):
        return error, {}
    return "", {}


def _html_title(content: bytes) -> bytes | None:
    """The ``<title>`` of an HTML error page, found in linear time (a lazy regex scans to the end
    from every ``<title>`` of a page that never closes one)."""
    lower = content[:65536].lower()
    start = lower.find(b"<title")
    if start < 0:
        return None
    start = lower.find(b">", start) + 1
    end = lower.find(b"</title>", start) if start else -1
    return content[start:end] if end >= 0 else None


def status_error(
    response: httpx.Response, content: bytes, retry_after: float | None = None
) -> APIStatusError:
    """The typed error for an error answer with body ``content``, whatever the body's shape."""
    status = response.status_code
    cls = _STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    body: object = content.decode("utf-8", "replace")
    fields: dict[str, str | None] = {}
    try:
        body = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        text = _html_title(content) or content[:4096]
        message = " ".join(text.decode("utf-8", "replace").split())[:300]
    else:
        message, fields = error_fields(body)
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


def stream_error(payload: object, response: httpx.Response) -> APIError:
    """The error a stream reports in band (``event: error`` or ``data: {"error": ...}``)."""
    message, fields = error_fields(payload)
    return APIError(
        f"The stream reported an error: {message or 'unknown error'}",
        request=response.request,
        body=payload,
        request_id=request_id_of(response),
        **fields,
    )


def invalid_redirect(
    exc: httpx.RequestError, request: httpx.Request
) -> InvalidRedirectError | None:
    """The error for an answer whose ``Location`` httpx could not read, else None. (httpx reads
    the ``Location`` of every 3xx, followed or not, and reports a bad one as a protocol error.)"""
    if isinstance(exc, httpx.RemoteProtocolError) and "location header" in str(exc):
        return InvalidRedirectError(exc, request=request)
    return None


def connection_error(exc: httpx.RequestError, request: httpx.Request) -> APIConnectionError:
    """The typed error for a transport failure: a timeout, or any other connection error."""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"Request timed out ({type(exc).__name__}). Raise the client's or the call's timeout "
            "if the model needs longer.",
            request=request,
        )
    return APIConnectionError(f"Connection error: {type(exc).__name__}: {exc}", request=request)


def _unreadable_field(model: Any, key: str, value: Any, exc: BaseException) -> Exception:
    """The error of a result's field that cannot be read as its type, raised when the field is
    first asked for: results are read lazily, each field when first read (see the generated
    ``types.Model`` and ``errors``), so a malformed part of an answer nobody looks at costs
    nothing and fails nobody; the one looked at fails with this error."""
    try:
        shown = repr(value)
    except RecursionError:
        shown = "(not shown: nested too deep)"
    if len(shown) > 300:
        shown = shown[:300] + "..."
    message = (
        f"Cannot read the field {key!r} of {type(model).__name__} from the answer "
        f"({type(exc).__name__}: {exc}). The value sent: {shown}"
    )
    return APIResponseValidationError(message, body=value)


_generated_errors.read_error = _unreadable_field
