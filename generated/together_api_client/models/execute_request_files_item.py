from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execute_request_files_item_encoding import ExecuteRequestFilesItemEncoding
from ..types import Model


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
        v_content = src_dict["content"]
        v_encoding = src_dict["encoding"]
        if v_encoding is not None:
            v_encoding = ExecuteRequestFilesItemEncoding(v_encoding)
        v_name = src_dict["name"]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_content,
            v_encoding,
            v_name,
            src_dict,
        )
