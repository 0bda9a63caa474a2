from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.finetune_download_result_object_type_1 import (
    FinetuneDownloadResultObjectType1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinetuneDownloadResult")


@_attrs_define
class FinetuneDownloadResult:
    """
    Attributes:
        checkpoint_step (int | Unset):
        filename (str | Unset):
        id (str | Unset):
        object_ (FinetuneDownloadResultObjectType1 | None | Unset):
        size (int | Unset):
    """

    checkpoint_step: int | Unset = UNSET
    filename: str | Unset = UNSET
    id: str | Unset = UNSET
    object_: FinetuneDownloadResultObjectType1 | None | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checkpoint_step = self.checkpoint_step

        filename = self.filename

        id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        elif isinstance(self.object_, FinetuneDownloadResultObjectType1):
            object_ = self.object_.value
        else:
            object_ = self.object_

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if checkpoint_step is not UNSET:
            field_dict["checkpoint_step"] = checkpoint_step
        if filename is not UNSET:
            field_dict["filename"] = filename
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if size is not UNSET:
            field_dict["size"] = size
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        checkpoint_step = d.pop("checkpoint_step", UNSET)

        filename = d.pop("filename", UNSET)

        id = d.pop("id", UNSET)

        _object_ = d.pop("object", UNSET)
        object_: FinetuneDownloadResultObjectType1 | None | Unset
        if _object_ is None or isinstance(_object_, Unset):
            object_ = _object_
        else:
            try:
                if not isinstance(_object_, str):
                    raise TypeError()
                object_type_1 = FinetuneDownloadResultObjectType1(_object_)

                object_ = object_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                object_ = _object_

        size = d.pop("size", UNSET)

        obj = cls(
            checkpoint_step=checkpoint_step,
            filename=filename,
            id=id,
            object_=object_,
            size=size,
        )
        obj.additional_properties = d
        return obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
