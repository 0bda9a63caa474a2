from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_output_format import VideoOutputFormat
from ..types import Model


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
        _get = src_dict.get
        v_model = src_dict["model"]
        v_prompt = _get("prompt")
        v_height = _get("height")
        v_width = _get("width")
        v_resolution = _get("resolution")
        v_ratio = _get("ratio")
        v_seconds = _get("seconds")
        v_fps = _get("fps")
        v_steps = _get("steps")
        v_seed = _get("seed")
        v_guidance_scale = _get("guidance_scale")
        v_output_format = _get("output_format")
        if v_output_format is not None:
            v_output_format = VideoOutputFormat(v_output_format)
        v_output_quality = _get("output_quality")
        v_negative_prompt = _get("negative_prompt")
        v_generate_audio = _get("generate_audio")
        v_media = _get("media")
        if v_media is not None:
            v_media = VideoMedia.from_dict(v_media)
        v_frame_images = _get("frame_images")
        if v_frame_images is not None:
            v_frame_images = [
                None if x0 is None else VideoFrameImageInput.from_dict(x0)
                for x0 in v_frame_images
            ]
        v_reference_images = _get("reference_images")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_model,
            v_prompt,
            v_height,
            v_width,
            v_resolution,
            v_ratio,
            v_seconds,
            v_fps,
            v_steps,
            v_seed,
            v_guidance_scale,
            v_output_format,
            v_output_quality,
            v_negative_prompt,
            v_generate_audio,
            v_media,
            v_frame_images,
            v_reference_images,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.video_frame_image_input import VideoFrameImageInput
from ..models.video_media import VideoMedia
