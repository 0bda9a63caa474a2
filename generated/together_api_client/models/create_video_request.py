from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.video_output_format import VideoOutputFormat


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class CreateVideoRequest(Model):
    """Parameters for creating a new video generation job.

    Attributes:
        model (str): The model to be used for the video creation request.
        prompt (str | None): Text prompt that describes the video to generate.
        height (int | None):
        width (int | None):
        resolution (str | None): Video resolution.
        ratio (str | None): Aspect ratio of the video.
        seconds (str | None): Clip duration in seconds.
        fps (int | None): Frames per second. Defaults to 24.
        steps (int | None): The number of denoising steps the model performs during video generation. More steps
            typically result in higher quality output but require longer processing time.
        seed (int | None): Seed to use in initializing the video generation.  Using the same seed allows deterministic
            video generation.  If not provided a random seed is generated for each request.
        guidance_scale (int | None): Controls how closely the video generation follows your prompt. Higher values make
            the model adhere more strictly to your text description, while lower values allow more creative
            freedom. guidence_scale affects both visual content and temporal consistency.Recommended range is 6.0-10.0 for
            most video models. Values above 12 may cause over-guidance artifacts or unnatural motion patterns.
        output_format (VideoOutputFormat | None):
        output_quality (int | None): Compression quality. Defaults to 20.
        negative_prompt (str | None): Similar to prompt, but specifies what to avoid instead of what to include
        generate_audio (bool | None): Whether to generate audio for the video.
        media (VideoMedia | None): Contains all media inputs for video generation. Accepted fields depend on the model
            type.
        frame_images (list[VideoFrameImageInput] | None): Deprecated: use media.frame_images instead. Array of images to
            guide video generation, similar to keyframes.
        reference_images (list[str] | None): Deprecated: use media.reference_images instead. Unlike frame_images which
            constrain specific timeline positions, reference images guide the general appearance that should appear
            consistently across the video.
    """

    model: str
    prompt: str | None = None
    height: int | None = None
    width: int | None = None
    resolution: str | None = None
    ratio: str | None = None
    seconds: str | None = None
    fps: int | None = None
    steps: int | None = None
    seed: int | None = None
    guidance_scale: int | None = None
    output_format: VideoOutputFormat | None = None
    output_quality: int | None = None
    negative_prompt: str | None = None
    generate_audio: bool | None = None
    media: VideoMedia | None = None
    frame_images: list[VideoFrameImageInput] | None = None
    reference_images: list[str] | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("prompt", "prompt"),
        ("height", "height"),
        ("width", "width"),
        ("resolution", "resolution"),
        ("ratio", "ratio"),
        ("seconds", "seconds"),
        ("fps", "fps"),
        ("steps", "steps"),
        ("seed", "seed"),
        ("guidance_scale", "guidance_scale"),
        ("output_format", "output_format"),
        ("output_quality", "output_quality"),
        ("negative_prompt", "negative_prompt"),
        ("generate_audio", "generate_audio"),
        ("media", "media"),
        ("frame_images", "frame_images"),
        ("reference_images", "reference_images"),
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
        src_dict["model"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_output_format(value: Any) -> Any:
    return VideoOutputFormat(value)


def _build_media(value: Any) -> Any:
    return VideoMedia.from_dict(value)


def _build_frame_images(value: Any) -> Any:
    return [None if x0 is None else VideoFrameImageInput.from_dict(x0) for x0 in value]


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "model": ("model", None, None),
    "prompt": ("prompt", None, None),
    "height": ("height", None, None),
    "width": ("width", None, None),
    "resolution": ("resolution", None, None),
    "ratio": ("ratio", None, None),
    "seconds": ("seconds", None, None),
    "fps": ("fps", None, None),
    "steps": ("steps", None, None),
    "seed": ("seed", None, None),
    "guidance_scale": ("guidance_scale", None, None),
    "output_format": ("output_format", _build_output_format, None),
    "output_quality": ("output_quality", None, None),
    "negative_prompt": ("negative_prompt", None, None),
    "generate_audio": ("generate_audio", None, None),
    "media": ("media", _build_media, None),
    "frame_images": ("frame_images", _build_frame_images, None),
    "reference_images": ("reference_images", None, None),
}
CreateVideoRequest._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.video_frame_image_input import VideoFrameImageInput
from ..models.video_media import VideoMedia
