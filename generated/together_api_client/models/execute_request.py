from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execute_request_language import ExecuteRequestLanguage
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ExecuteRequest(Model):
    """
    Attributes:
        code (str): Code snippet to execute.
        language (ExecuteRequestLanguage): Programming language for the code to execute. Currently only supports Python,
            but more will be added.
        files (list[ExecuteRequestFilesItem] | None): Files to upload to the session. If present, files will be uploaded
            before executing the given code.
        session_id (str | None): Identifier of the current session. Used to make follow-up calls. Requests will return
            an error if the session does not belong to the caller or has expired.
    """

    code: str
    language: ExecuteRequestLanguage = ExecuteRequestLanguage.PYTHON
    files: list[ExecuteRequestFilesItem] | None = None
    session_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("language", "language"),
        ("files", "files"),
        ("session_id", "session_id"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_code = src_dict["code"]
        v_language = _get("language", ExecuteRequestLanguage.PYTHON)
        if v_language is not None:
            v_language = ExecuteRequestLanguage(v_language)
        v_files = _get("files")
        if v_files is not None:
            v_files = [
                None if x0 is None else ExecuteRequestFilesItem.from_dict(x0)
                for x0 in v_files
            ]
        v_session_id = _get("session_id")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_code,
            v_language,
            v_files,
            v_session_id,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.execute_request_files_item import ExecuteRequestFilesItem
