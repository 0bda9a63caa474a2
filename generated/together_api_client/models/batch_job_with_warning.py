from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class BatchJobWithWarning(Model):
    """
    Attributes:
        job (BatchJob | None):
        warning (str | None):
    """

    job: BatchJob | None = None
    warning: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("job", "job"),
        ("warning", "warning"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_job = _get("job")
        if v_job is not None:
            v_job = BatchJob.from_dict(v_job)
        v_warning = _get("warning")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_job,
            v_warning,
            src_dict,
        )


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.batch_job import BatchJob
