from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model

_new = object.__new__


from ..models.update_endpoint_body_state import UpdateEndpointBodyState


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class UpdateEndpointBody(Model):
    """
    Attributes:
        display_name (str | None): A human-readable name for the endpoint
        state (UpdateEndpointBodyState | None): The desired state of the endpoint
        autoscaling (Autoscaling | None): Configuration for automatic scaling of replicas based on demand.
        inactive_timeout (int | None): The number of minutes of inactivity after which the endpoint will be
            automatically stopped. Set to 0 to disable automatic timeout.
    """

    display_name: str | None = None
    state: UpdateEndpointBodyState | None = None
    autoscaling: Autoscaling | None = None
    inactive_timeout: int | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("display_name", "display_name"),
        ("state", "state"),
        ("autoscaling", "autoscaling"),
        ("inactive_timeout", "inactive_timeout"),
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


def _build_state(value: Any) -> Any:
    return UpdateEndpointBodyState(value)


def _build_autoscaling(value: Any) -> Any:
    return Autoscaling.from_dict(value)


# Each field's wire key, reader (None: the value as sent) and default, for Model.__getattr__.
_LAZY: dict[str, tuple[str, Any, Any]] = {
    "display_name": ("display_name", None, None),
    "state": ("state", _build_state, None),
    "autoscaling": ("autoscaling", _build_autoscaling, None),
    "inactive_timeout": ("inactive_timeout", None, None),
}
UpdateEndpointBody._lazy = _LAZY


# The models this one refers to, imported after the class exists (cycles between models resolve).
from ..models.autoscaling import Autoscaling
