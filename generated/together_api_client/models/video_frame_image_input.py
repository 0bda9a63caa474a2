from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_frame_image_input_frame_type_1 import VideoFrameImageInputFrameType1
from ..types import Model, is_known


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VideoFrameImageInput(Model):
    """
    Attributes:
        input_image (str): URL path to hosted image that is used for a frame
        frame (float | VideoFrameImageInputFrameType1 | None): Optional param to specify where to insert the frame. If
            this is omitted, the following heuristics are applied:
            - frame_images size is one, frame is first.
            - If size is two, frames are first and last.
            - If size is larger, frames are first, last and evenly spaced between.
    """

    input_image: str
    frame: float | VideoFrameImageInputFrameType1 | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_image", "input_image"),
        ("frame", "frame"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_input_image = src_dict["input_image"]
        v_frame = _get("frame")
        if v_frame is not None:
            v_frame = _read_frame(v_frame)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_input_image,
            v_frame,
            src_dict,
        )


def _read_frame(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if not isinstance(data, dict | list):  # an enum: a scalar
        try:
            value = VideoFrameImageInputFrameType1(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data
