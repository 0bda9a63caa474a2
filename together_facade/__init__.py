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

from . import types
from ._base import RequestOptions
from ._client import AsyncTogether, Together
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FileCheckError,
    FineTuneFailedError,
    IncompleteStreamError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TogetherError,
    UnprocessableEntityError,
    WaitTimeoutError,
)
from ._filecheck import FileCheckReport, check_file
from ._response import APIResponse, RateLimitInfo
from ._streaming import AsyncStream, Stream
from ._version import __version__

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncStream",
    "AsyncTogether",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FileCheckError",
    "FileCheckReport",
    "FineTuneFailedError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitInfo",
    "RequestOptions",
    "Stream",
    "Together",
    "TogetherError",
    "UnprocessableEntityError",
    "WaitTimeoutError",
    "__version__",
    "check_file",
    "types",
]
