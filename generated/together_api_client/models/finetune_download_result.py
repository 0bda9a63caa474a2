from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_download_result_object_type_1 import (
    FinetuneDownloadResultObjectType1,
)
from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class FinetuneDownloadResult(Model):
    """
    Attributes:
        checkpoint_step (int | None):
        filename (str | None):
        id (str | None):
        object (FinetuneDownloadResultObjectType1 | None):
        size (int | None):
    """

    checkpoint_step: int | None = None
    filename: str | None = None
    id: str | None = None
    object: FinetuneDownloadResultObjectType1 | None = None
    size: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("checkpoint_step", "checkpoint_step"),
        ("filename", "filename"),
        ("id", "id"),
        ("object", "object"),
        ("size", "size"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_checkpoint_step = _get("checkpoint_step")
        v_filename = _get("filename")
        v_id = _get("id")
        v_object_ = _get("object")
        if v_object_ is not None:
            v_object_ = FinetuneDownloadResultObjectType1(v_object_)
        v_size = _get("size")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_checkpoint_step,
            v_filename,
            v_id,
            v_object_,
            v_size,
            src_dict,
        )
