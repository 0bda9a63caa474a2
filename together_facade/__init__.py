"""together_facade: a Python SDK for the Together AI REST API.

Example::

    from together_facade import Together

    client = Together()  # reads TOGETHER_API_KEY
    resp = client.chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(resp.choices[0].message.content)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._calls import RequestOptions
from ._client import AsyncTogether, Together
from ._config import InsecureBaseURLWarning
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BatchFailedError,
    BatchFileMissingError,
    BulkError,
    CheckpointMismatchError,
    ClientClosedError,
    ConflictError,
    DeadlineExceededError,
    EvaluationFailedError,
    FileCheckError,
    FineTuneFailedError,
    IncompleteStreamError,
    InternalServerError,
    InvalidRequestError,
    MissingDependencyError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    TogetherError,
    UnprocessableEntityError,
    VideoFailedError,
    WaitTimeoutError,
)
from ._response import APIResponse, RateLimitInfo
from ._streamed import AsyncStreamedAPIResponse, StreamedAPIResponse
from ._version import __version__

# These pull in the generated models (or the data checker): loaded when first used, so that
# importing the library stays cheap. A type checker sees them as plain imports.
if TYPE_CHECKING:
    from . import params, types
    from ._batch_run import BatchRunResult
    from ._bulk import BulkFailure, BulkItem, BulkResult, BulkSummary
    from ._filecheck import FileCheckReport, check_file
    from ._streaming import AsyncStream, Stream

_LAZY = {
    "AsyncStream": "._streaming",
    "BatchRunResult": "._batch_run",
    "BulkFailure": "._bulk",
    "BulkItem": "._bulk",
    "BulkResult": "._bulk",
    "BulkSummary": "._bulk",
    "FileCheckReport": "._filecheck",
    "Stream": "._streaming",
    "check_file": "._filecheck",
    "params": ".params",
    "types": ".types",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'together_facade' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(_LAZY[name], __name__)
    value = module if name in ("params", "types") else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncStream",
    "AsyncStreamedAPIResponse",
    "AsyncTogether",
    "AuthenticationError",
    "BadRequestError",
    "BatchFailedError",
    "BatchFileMissingError",
    "BatchRunResult",
    "BulkError",
    "BulkFailure",
    "BulkItem",
    "BulkResult",
    "BulkSummary",
    "CheckpointMismatchError",
    "ClientClosedError",
    "ConflictError",
    "DeadlineExceededError",
    "EvaluationFailedError",
    "FileCheckError",
    "FileCheckReport",
    "FineTuneFailedError",
    "IncompleteStreamError",
    "InsecureBaseURLWarning",
    "InternalServerError",
    "InvalidRequestError",
    "MissingDependencyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RedirectError",
    "RequestOptions",
    "ResponseTooLargeError",
    "Stream",
    "StreamedAPIResponse",
    "Together",
    "TogetherError",
    "UnprocessableEntityError",
    "VideoFailedError",
    "WaitTimeoutError",
    "__version__",
    "check_file",
    "params",
    "types",
]
