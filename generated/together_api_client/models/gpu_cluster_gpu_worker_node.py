from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Model


# getstate_setstate=False: copies and pickles keep the unknown fields' slot too (see types.Model).
@_attrs_define(getstate_setstate=False)
class GPUClusterGPUWorkerNode(Model):
    """
    Attributes:
        node_id (str):
        node_name (str):
        status (str):
        host_name (str):
        num_cpu_cores (int):
        num_gpus (int):
        memory_gib (float):
        networks (list[str]):
        instance_id (str | None):
    """

    node_id: str
    node_name: str
    status: str
    host_name: str
    num_cpu_cores: int
    num_gpus: int
    memory_gib: float
    networks: list[str]
    instance_id: str | None = None
    _wire: Mapping[str, Any] | None = _attrs_field(
        default=None, alias="_wire", repr=False, eq=False
    )

    _fields: ClassVar[tuple[tuple[str, str], ...]] = (
        ("node_id", "node_id"),
        ("node_name", "node_name"),
        ("status", "status"),
        ("host_name", "host_name"),
        ("num_cpu_cores", "num_cpu_cores"),
        ("num_gpus", "num_gpus"),
        ("memory_gib", "memory_gib"),
        ("networks", "networks"),
        ("instance_id", "instance_id"),
    )
    _by_key: ClassVar[dict[str, str]] = {key: attribute for attribute, key in _fields}

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _get = src_dict.get
        v_node_id = src_dict["node_id"]
        v_node_name = src_dict["node_name"]
        v_status = src_dict["status"]
        v_host_name = src_dict["host_name"]
        v_num_cpu_cores = src_dict["num_cpu_cores"]
        v_num_gpus = src_dict["num_gpus"]
        v_memory_gib = src_dict["memory_gib"]
        v_networks = src_dict["networks"]
        v_instance_id = _get("instance_id")
        # Positional, in the order the fields are declared: cheaper than keywords. (The locals
        # are prefixed so that no field name shadows cls, src_dict or _get.)
        return cls(
            v_node_id,
            v_node_name,
            v_status,
            v_host_name,
            v_num_cpu_cores,
            v_num_gpus,
            v_memory_gib,
            v_networks,
            v_instance_id,
            src_dict,
        )
