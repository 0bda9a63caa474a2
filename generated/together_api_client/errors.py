"""The errors of the generated client: an undocumented status, and a field of an answer that
cannot be read as its type.

Models read their fields when first asked for (see ``types.Model``), so a field that cannot be
read is found then, and ``read_error`` makes its error. A wrapper may put its own there (the
facade does, to raise its ``APIResponseValidationError``); this module imports nothing, so that
doing so costs nothing.
"""

from collections.abc import Callable
from typing import Any


class UnexpectedStatus(Exception):
    """Raised by the operation functions for an undocumented status when the client's
    ``raise_on_unexpected_status`` is True."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n"
            f"{content.decode(errors='ignore')}"
        )


class UnreadableFieldError(ValueError):
    """A field of an answer that cannot be read as the spec's type."""


def unreadable_field(model: Any, key: str, value: Any, exc: BaseException) -> Exception:
    """The default ``read_error``: an ``UnreadableFieldError`` naming the model and the field."""
    return UnreadableFieldError(
        f"Cannot read the field {key!r} of {type(model).__name__} "
        f"({type(exc).__name__}: {exc})"
    )


#: Makes the error of a field that cannot be read, from (model, wire key, value, the error).
read_error: Callable[[Any, str, Any, BaseException], Exception] = unreadable_field

__all__ = ["UnexpectedStatus", "UnreadableFieldError", "read_error", "unreadable_field"]
