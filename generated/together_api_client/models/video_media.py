from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model, is_known


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
        _get = src_dict.get
        v_frame_images = _get("frame_images")
        if v_frame_images is not None:
            v_frame_images = [
                None if x0 is None else VideoFrameImageInput.from_dict(x0)
                for x0 in v_frame_images
            ]
        v_frame_videos = _get("frame_videos")
        if v_frame_videos is not None:
            v_frame_videos = [
                None if x0 is None else VideoRef.from_dict(x0) for x0 in v_frame_videos
            ]
        v_reference_images = _get("reference_images")
        v_reference_videos = _get("reference_videos")
        if v_reference_videos is not None:
            v_reference_videos = [
                None if x0 is None else VideoRef.from_dict(x0)
                for x0 in v_reference_videos
            ]
        v_source_video = _get("source_video")
        if v_source_video is not None:
            v_source_video = _read_source_video(v_source_video)
        v_audio_inputs = _get("audio_inputs")
        if v_audio_inputs is not None:
            v_audio_inputs = [
                None if x0 is None else _read_audio_inputs_item(x0)
                for x0 in v_audio_inputs
            ]
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_frame_images,
            v_frame_videos,
            v_reference_images,
            v_reference_videos,
            v_source_video,
            v_audio_inputs,
            src_dict,
        )


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


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.audio_ref import AudioRef
from ..models.video_frame_image_input import VideoFrameImageInput
from ..models.video_ref import VideoRef
