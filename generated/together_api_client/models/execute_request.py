from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.execute_request_language import ExecuteRequestLanguage


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["code"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_language(value: Any) -> Any:
    return ExecuteRequestLanguage(value)


def _build_files(value: Any) -> Any:
    return [
        None if x0 is None else ExecuteRequestFilesItem.from_dict(x0) for x0 in value
    ]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "code": ("code", None, None),
    "language": ("language", _build_language, ExecuteRequestLanguage.PYTHON),
    "files": ("files", _build_files, None),
    "session_id": ("session_id", None, None),
}
ExecuteRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.execute_request_files_item import ExecuteRequestFilesItem
