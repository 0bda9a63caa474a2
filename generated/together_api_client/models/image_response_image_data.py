from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


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
        _get = src_dict.get
        v_index = _get("index")
        v_url = _get("url")
        v_b64_json = _get("b64_json")
        v_type_ = _get("type")
        v_timings = _get("timings")
        if v_timings is not None:
            v_timings = ImageResponseImageDataTimings.from_dict(v_timings)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_index,
            v_url,
            v_b64_json,
            v_type_,
            v_timings,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.image_response_image_data_timings import ImageResponseImageDataTimings
