from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_status import VideoStatus
from ..types import Model


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
        _get = src_dict.get
        v_id = src_dict["id"]
        v_model = src_dict["model"]
        v_status = src_dict["status"]
        if v_status is not None:
            v_status = VideoStatus(v_status)
        v_created_at = src_dict["created_at"]
        v_size = src_dict["size"]
        v_seconds = src_dict["seconds"]
        v_object_ = _get("object")
        v_completed_at = _get("completed_at")
        v_error = _get("error")
        if v_error is not None:
            v_error = VideoJobError.from_dict(v_error)
        v_outputs = _get("outputs")
        if v_outputs is not None:
            v_outputs = VideoJobOutputs.from_dict(v_outputs)
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_id,
            v_model,
            v_status,
            v_created_at,
            v_size,
            v_seconds,
            v_object_,
            v_completed_at,
            v_error,
            v_outputs,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.video_job_error import VideoJobError
from ..models.video_job_outputs import VideoJobOutputs
