from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class ImageResponseImageData(Model):
    """One image: its URL (response_format url, the default) or its bytes as base64 (b64_json).

    Attributes:
        index (int | None):
        url (str | None): Where to fetch the image, when the response format is url.
        b64_json (str | None): The image's bytes as base64, when the response format is base64.
        type (str | None): url or b64_json (not always sent).
        timings (ImageResponseImageDataTimings | None): How long the service took (sent by the service, not in the
            spec).
    """

    index: int | None = None
    url: str | None = None
    b64_json: str | None = None
    type: str | None = None
    timings: ImageResponseImageDataTimings | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("index", "index"),
        ("url", "url"),
        ("b64_json", "b64_json"),
        ("type", "type"),
        ("timings", "timings"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_timings(value: Any) -> Any:
    return ImageResponseImageDataTimings.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "index": ("index", None, None),
    "url": ("url", None, None),
    "b64_json": ("b64_json", None, None),
    "type": ("type", None, None),
    "timings": ("timings", _build_timings, None),
}
ImageResponseImageData._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.image_response_image_data_timings import ImageResponseImageDataTimings
