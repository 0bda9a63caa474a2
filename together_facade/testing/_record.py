"""The record of the requests a stand-in received."""

from __future__ import annotations

import json
from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import parse_qs

__all__ = ["Recorded", "form_fields", "multipart"]


@dataclass(frozen=True)
class Recorded:
    """One request the stand-in received. ``operation`` is the operation's key (``"GET
    /batches/{id}"``), None for a path the spec does not have (or a method it does not);
    ``request_id`` is the ``x-request-id`` the stand-in answered it with.

    Example::

        call = api.last
        assert call.operation == "POST /chat/completions"
        assert call.json()["model"] == "my-model"
        assert call.headers["authorization"] == "Bearer test-key"
    """

    method: str
    path: str  # as sent, without the query: /v1/batches/abc
    query: dict[str, list[str]]
    headers: dict[str, str]  # names in lower case
    body: bytes
    operation: str | None
    request_id: str = ""

    def json(self) -> Any:
        """The body as JSON (``ValueError`` when it is not JSON)."""
        return json.loads(self.body)

    def form(self) -> dict[str, str | bytes]:
        """The fields of a form body (multipart or url-encoded): text fields as strings, files
        as their bytes."""
        return {
            name: content if filename is not None else content.decode("utf-8", "replace")
            for name, (filename, content) in form_fields(
                self.headers.get("content-type", ""), self.body
            ).items()
        }

    @property
    def streamed(self) -> bool:
        """Whether the request asked for a stream (``"stream": true`` in its JSON body)."""
        try:
            body = self.json()
        except ValueError:
            return False
        return isinstance(body, dict) and body.get("stream") is True


def form_fields(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a form body: name -> (file name, or None for a text field; content)."""
    if content_type.split(";")[0].strip().lower() == "application/x-www-form-urlencoded":
        parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
        return {name: (None, values[-1].encode()) for name, values in parsed.items()}
    return multipart(content_type, body)


def multipart(content_type: str, body: bytes) -> dict[str, tuple[str | None, bytes]]:
    """The fields of a multipart body: name -> (file name, content)."""
    header = Message()
    header["content-type"] = content_type
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str):
        return {}
    fields = {}
    for part in body.split(b"--" + boundary.encode())[1:]:
        if part.startswith(b"--"):
            break
        head, _, content = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        disposition = Message()
        for line in head.decode("utf-8", "replace").split("\r\n"):
            header_name, _, value = line.partition(":")
            disposition[header_name.strip()] = value.strip()
        name = disposition.get_param("name", header="content-disposition")
        if isinstance(name, str):
            fields[name] = (disposition.get_filename(), content.removesuffix(b"\r\n"))
    return fields
