from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


from ..models.video_frame_image_input_frame_type_1 import VideoFrameImageInputFrameType1


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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__} is read from a JSON object, not {type(src_dict).__name__}"
            )
        # The required fields must be there (a missing one fails here, at read time); every
        # field is read when first asked for (see types.Model.__getattr__).
        src_dict["input_image"]
        self = _new(cls)
        self._wire = src_dict
        return self


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


def _build_frame(value: Any) -> Any:
    return _read_frame(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "input_image": ("input_image", None, None),
    "frame": ("frame", _build_frame, None),
}
VideoFrameImageInput._lazy = _LAZY
