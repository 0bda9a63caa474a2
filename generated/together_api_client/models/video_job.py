from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__

from typing import Literal

from ..models.video_status import VideoStatus


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class VideoJob(Model):
    """Structured information describing a generated video job.

    Attributes:
        id (str): Unique identifier for the video job.
        model (str): The video generation model that produced the job.
        status (VideoStatus): Current lifecycle status of the video job.
        created_at (float): Unix timestamp (seconds) for when the job was created.
        size (str): The resolution of the generated video.
        seconds (str): Duration of the generated clip in seconds.
        object (Literal['video'] | None): The object type, which is always video.
        completed_at (float | None): Unix timestamp (seconds) for when the job completed, if finished.
        error (VideoJobError | None): Error payload that explains why generation failed, if applicable.
        outputs (VideoJobOutputs | None): Available upon completion, the outputs provides the cost charged and the
            hosted url to access the video
    """

    id: str
    model: str
    status: VideoStatus
    created_at: float
    size: str
    seconds: str
    object: Literal["video"] | None = None
    completed_at: float | None = None
    error: VideoJobError | None = None
    outputs: VideoJobOutputs | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("model", "model"),
        ("status", "status"),
        ("created_at", "created_at"),
        ("size", "size"),
        ("seconds", "seconds"),
        ("object", "object"),
        ("completed_at", "completed_at"),
        ("error", "error"),
        ("outputs", "outputs"),
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
        src_dict["id"]
        src_dict["model"]
        src_dict["status"]
        src_dict["created_at"]
        src_dict["size"]
        src_dict["seconds"]
        self = _new(cls)
        self._wire = src_dict
        return self


def _build_status(value: Any) -> Any:
    return VideoStatus(value)


def _build_error(value: Any) -> Any:
    return VideoJobError.from_dict(value)


def _build_outputs(value: Any) -> Any:
    return VideoJobOutputs.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "id": ("id", None, None),
    "model": ("model", None, None),
    "status": ("status", _build_status, None),
    "created_at": ("created_at", None, None),
    "size": ("size", None, None),
    "seconds": ("seconds", None, None),
    "object": ("object", None, None),
    "completed_at": ("completed_at", None, None),
    "error": ("error", _build_error, None),
    "outputs": ("outputs", _build_outputs, None),
}
VideoJob._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.video_job_error import VideoJobError
from ..models.video_job_outputs import VideoJobOutputs
