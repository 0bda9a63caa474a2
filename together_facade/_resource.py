"""Base classes of the API areas (``client.chat``, ``client.files``, ...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._core import AsyncCore, SyncCore


class SyncAPIResource:
    """An API area of ``Together``; it sends through the client's core."""

    def __init__(self, core: SyncCore) -> None:
        self._core = core


class AsyncAPIResource:
    """An API area of ``AsyncTogether``; it sends through the client's core."""

    def __init__(self, core: AsyncCore) -> None:
        self._core = core
