from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known

_new = object.__new__


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VideoMedia(Model):
    """Contains all media inputs for video generation. Accepted fields depend on the model type.

    Attributes:
        frame_images (list[VideoFrameImageInput] | None): Array of images to guide video generation at specific timeline
            positions.
        frame_videos (list[VideoRef] | None): Array of video clips to use as starting clips.
        reference_images (list[str] | None): Array of image URLs that guide the general appearance across the video.
        reference_videos (list[VideoRef] | None): Array of reference videos.
        source_video (str | VideoRef | None): Source video to edit. Accepts a URL string or an object with a "video"
            key.
        audio_inputs (list[AudioRef | str] | None): Array of audio inputs. Each element accepts a URL string or an
            object with an "audio" key.
    """

    frame_images: list[VideoFrameImageInput] | None = None
    frame_videos: list[VideoRef] | None = None
    reference_images: list[str] | None = None
    reference_videos: list[VideoRef] | None = None
    source_video: str | VideoRef | None = None
    audio_inputs: list[AudioRef | str] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("frame_images", "frame_images"),
        ("frame_videos", "frame_videos"),
        ("reference_images", "reference_images"),
        ("reference_videos", "reference_videos"),
        ("source_video", "source_video"),
        ("audio_inputs", "audio_inputs"),
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


def _read_source_video(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = VideoRef.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _read_audio_inputs_item(data: Any) -> Any:
    """The first type that reads ``data`` with enum values it knows (so models are told apart
    by their discriminating enum); else ``data`` as it came."""
    value: Any
    if isinstance(data, dict):
        try:
            value = AudioRef.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        else:
            if is_known(value):
                return value
    return data


def _build_frame_images(value: Any) -> Any:
    return [None if x0 is None else VideoFrameImageInput.from_dict(x0) for x0 in value]


def _build_frame_videos(value: Any) -> Any:
    return [None if x0 is None else VideoRef.from_dict(x0) for x0 in value]


def _build_reference_videos(value: Any) -> Any:
    return [None if x0 is None else VideoRef.from_dict(x0) for x0 in value]


def _build_source_video(value: Any) -> Any:
    return _read_source_video(value)


def _build_audio_inputs(value: Any) -> Any:
    return [None if x0 is None else _read_audio_inputs_item(x0) for x0 in value]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "frame_images": ("frame_images", _build_frame_images, None),
    "frame_videos": ("frame_videos", _build_frame_videos, None),
    "reference_images": ("reference_images", None, None),
    "reference_videos": ("reference_videos", _build_reference_videos, None),
    "source_video": ("source_video", _build_source_video, None),
    "audio_inputs": ("audio_inputs", _build_audio_inputs, None),
}
VideoMedia._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.audio_ref import AudioRef
from ..models.video_frame_image_input import VideoFrameImageInput
from ..models.video_ref import VideoRef
