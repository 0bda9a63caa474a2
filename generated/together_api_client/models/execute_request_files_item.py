from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from ..models.execute_request_files_item_encoding import ExecuteRequestFilesItemEncoding


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ExecuteRequestFilesItem(Model):
    """
    Attributes:
        content (str):
        encoding (ExecuteRequestFilesItemEncoding): Encoding of the file content. Use `string` for text files such as
            code, and `base64` for binary files, such as images.
        name (str):
    """

    content: str
    encoding: ExecuteRequestFilesItemEncoding
    name: str
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("encoding", "encoding"),
        ("name", "name"),
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
        src_dict["content"]
        src_dict["encoding"]
        src_dict["name"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_encoding(value: Any) -> Any:
    return ExecuteRequestFilesItemEncoding(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "content": ("content", None, None),
    "encoding": ("encoding", _build_encoding, None),
    "name": ("name", None, None),
}
ExecuteRequestFilesItem._lazy = _LAZY
