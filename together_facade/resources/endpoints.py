"""``client.endpoints``: dedicated endpoints (a model deployed on hardware of its own), the
hardware a model can be deployed on, and the availability zones an endpoint can be placed in.

The methods have the official together SDK's names: ``create``, ``retrieve``, ``update``,
``delete``, ``list``, ``list_hardware`` and ``list_avzones``; ``get`` is ``retrieve`` under
together 1.x's name, and ``availability_zones`` is ``list_avzones`` under a name one can read.
Each call is its operation of the spec (``_operations.operation_call``): the fields are checked
against the generated ``TypedDict`` (an unknown or misspelt one is refused with a hint; one this
SDK does not know yet goes in ``extra_body``), and the answer is read as the spec's model.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, Unpack

from together_api_client import operations as _ops
from together_api_client.params import CreateEndpointParams, UpdateEndpointParams

from .._calls import Call, RequestOptions, path_id
from .._docs import documented
from .._operations import OPERATIONS, operation_call
from .._resource import AsyncAPIResource, SyncAPIResource
from ..types import (
    DedicatedEndpoint,
    ListAvailibilityZonesResponse,
    ListEndpointsResponse200,
    ListHardwareResponse200,
)

if TYPE_CHECKING:
    from .._resource import (
        AsyncRawResponses,
        AsyncStreamingResponses,
        RawResponses,
        StreamingResponses,
    )
    from .._response import wrap_araw, wrap_raw
    from .._streamed import wrap_astreamed, wrap_streamed

__all__ = ["AsyncEndpoints", "EndpointCreateParams", "EndpointUpdateParams", "Endpoints"]


class EndpointCreateParams(CreateEndpointParams, RequestOptions, total=False):
    """The fields of a new dedicated endpoint, as the spec has them (generated:
    ``together_api_client.params.CreateEndpointParams``), and the per-call options."""


class EndpointUpdateParams(UpdateEndpointParams, RequestOptions, total=False):
    """The fields an update changes (generated: ``together_api_client.params
    .UpdateEndpointParams``; those left out are kept), and the per-call options."""


F = TypeVar("F", bound=Callable[..., Any])

EndpointType = Literal["dedicated", "serverless"]
UsageType = Literal["on-demand", "reserved"]

# The spec's operations, sent and reported under this area's method names.
_CREATE = dataclasses.replace(OPERATIONS["create_endpoint"], name="endpoints.create")
_RETRIEVE = dataclasses.replace(OPERATIONS["get_endpoint"], name="endpoints.retrieve")
_UPDATE = dataclasses.replace(OPERATIONS["update_endpoint"], name="endpoints.update")
_DELETE = dataclasses.replace(OPERATIONS["delete_endpoint"], name="endpoints.delete")
_LIST = dataclasses.replace(OPERATIONS["list_endpoints"], name="endpoints.list")
_HARDWARE = dataclasses.replace(OPERATIONS["list_hardware"], name="endpoints.list_hardware")
_ZONES = dataclasses.replace(OPERATIONS["availability_zones"], name="endpoints.list_avzones")


def _id(endpoint_id: object) -> str:
    return path_id(endpoint_id, "endpoint id")


def _create(params: Mapping[str, Any]) -> Call[DedicatedEndpoint]:
    return operation_call(_CREATE, _ops.create_endpoint(), params)


def _retrieve(endpoint_id: str, options: RequestOptions) -> Call[DedicatedEndpoint]:
    return operation_call(_RETRIEVE, _ops.get_endpoint(_id(endpoint_id)), options)


def _update(endpoint_id: str, params: Mapping[str, Any]) -> Call[DedicatedEndpoint]:
    return operation_call(_UPDATE, _ops.update_endpoint(_id(endpoint_id)), params)


def _delete(endpoint_id: str, options: RequestOptions) -> Call[None]:
    return operation_call(_DELETE, _ops.delete_endpoint(_id(endpoint_id)), options)


def _list(
    type: EndpointType | None,
    usage_type: UsageType | None,
    mine: bool | None,
    options: RequestOptions,
) -> Call[ListEndpointsResponse200]:
    line = _ops.list_endpoints(type=type, usage_type=usage_type, mine=mine)
    return operation_call(_LIST, line, options)


def _hardware(model: str | None, options: RequestOptions) -> Call[ListHardwareResponse200]:
    return operation_call(_HARDWARE, _ops.list_hardware(model=model), options)


def _zones(options: RequestOptions) -> Call[ListAvailibilityZonesResponse]:
    return operation_call(_ZONES, _ops.availability_zones(), options)


class Endpoints(SyncAPIResource):
    """``client.endpoints``: dedicated endpoints, their hardware and availability zones."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _EndpointsRaw
        with_streaming_response: _EndpointsStreaming

    @documented(EndpointCreateParams, CreateEndpointParams)
    def create(self, **params: Unpack[EndpointCreateParams]) -> DedicatedEndpoint:
        """Deploy ``model`` on a dedicated endpoint of ``hardware`` (an id from
        ``list_hardware``); it starts at once unless ``state="STOPPED"``.

        Example::

            endpoint = client.endpoints.create(
                model="meta-llama/Llama-3.3-70B-Instruct-Turbo",
                hardware="2x_nvidia_h100_80gb_sxm",
                autoscaling={"min_replicas": 1, "max_replicas": 2},
                display_name="my endpoint",
            )
            print(endpoint.id, endpoint.state)
        """
        return self._core.request(_create(params))

    def retrieve(self, endpoint_id: str, **options: Unpack[RequestOptions]) -> DedicatedEndpoint:
        """One endpoint, with its state (``get`` is the same method, under together 1.x's name).

        Example::

            state = client.endpoints.retrieve("endpoint-...").state  # "STARTED", ...
        """
        return self._core.request(_retrieve(endpoint_id, options))

    get = retrieve

    @documented(EndpointUpdateParams, UpdateEndpointParams)
    def update(self, endpoint_id: str, **params: Unpack[EndpointUpdateParams]) -> DedicatedEndpoint:
        """Change an endpoint's name, autoscaling or inactivity timeout, or start or stop it
        (``state="STARTED"`` / ``"STOPPED"``); the fields left out are kept.

        Example::

            client.endpoints.update("endpoint-...", state="STOPPED")
        """
        return self._core.request(_update(endpoint_id, params))

    def delete(self, endpoint_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an endpoint (it is stopped first). A deleted or unknown id raises
        ``NotFoundError``.

        Example::

            client.endpoints.delete("endpoint-...")
        """
        self._core.request(_delete(endpoint_id, options))

    def list(
        self,
        *,
        type: EndpointType | None = None,
        usage_type: UsageType | None = None,
        mine: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListEndpointsResponse200:
        """Endpoints (``.data``), serverless and dedicated, filtered by ``type``, by
        ``usage_type`` and to your own with ``mine=True``; None: not filtered.

        Example::

            for endpoint in client.endpoints.list(type="dedicated", mine=True).data:
                print(endpoint.id, endpoint.state)
        """
        return self._core.request(_list(type, usage_type, mine, options))

    def list_hardware(
        self, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> ListHardwareResponse200:
        """Hardware configurations (``.data``); with ``model``, only those it can be deployed
        on, each with its ``availability``.

        Example::

            hardware = client.endpoints.list_hardware(model="Qwen/Qwen3-8B").data
            ok = [h.id for h in hardware if h.availability and h.availability.status == "available"]
        """
        return self._core.request(_hardware(model, options))

    def availability_zones(
        self, **options: Unpack[RequestOptions]
    ) -> ListAvailibilityZonesResponse:
        """The availability zones an endpoint can be created in (``.avzones``, for ``create``'s
        ``availability_zone``); ``list_avzones`` is the same method, under the official SDK's
        name.

        Example::

            zones = client.endpoints.availability_zones().avzones
        """
        return self._core.request(_zones(options))

    list_avzones = availability_zones


class AsyncEndpoints(AsyncAPIResource):
    """``client.endpoints`` on ``AsyncTogether``: the same calls, awaited."""

    if TYPE_CHECKING:  # its methods, in its views (see the end of this module)
        with_raw_response: _AsyncEndpointsRaw
        with_streaming_response: _AsyncEndpointsStreaming

    @documented(EndpointCreateParams, CreateEndpointParams, like=Endpoints.create)
    async def create(self, **params: Unpack[EndpointCreateParams]) -> DedicatedEndpoint:
        """Deploy a model on a dedicated endpoint (see ``Together.endpoints.create``)."""
        return await self._core.request(_create(params))

    async def retrieve(
        self, endpoint_id: str, **options: Unpack[RequestOptions]
    ) -> DedicatedEndpoint:
        """One endpoint (``get`` is the same method).

        Example: ``state = (await client.endpoints.retrieve("endpoint-...")).state``.
        """
        return await self._core.request(_retrieve(endpoint_id, options))

    get = retrieve

    @documented(EndpointUpdateParams, UpdateEndpointParams, like=Endpoints.update)
    async def update(
        self, endpoint_id: str, **params: Unpack[EndpointUpdateParams]
    ) -> DedicatedEndpoint:
        """Change, start or stop an endpoint (see ``Together.endpoints.update``)."""
        return await self._core.request(_update(endpoint_id, params))

    async def delete(self, endpoint_id: str, **options: Unpack[RequestOptions]) -> None:
        """Delete an endpoint. Example: ``await client.endpoints.delete("endpoint-...")``."""
        await self._core.request(_delete(endpoint_id, options))

    async def list(
        self,
        *,
        type: EndpointType | None = None,
        usage_type: UsageType | None = None,
        mine: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> ListEndpointsResponse200:
        """Endpoints, filtered (see ``Together.endpoints.list``).

        Example: ``mine = await client.endpoints.list(type="dedicated", mine=True)``.
        """
        return await self._core.request(_list(type, usage_type, mine, options))

    async def list_hardware(
        self, *, model: str | None = None, **options: Unpack[RequestOptions]
    ) -> ListHardwareResponse200:
        """Hardware configurations, for ``model`` if given.

        Example: ``hardware = await client.endpoints.list_hardware(model="...")``.
        """
        return await self._core.request(_hardware(model, options))

    async def availability_zones(
        self, **options: Unpack[RequestOptions]
    ) -> ListAvailibilityZonesResponse:
        """The availability zones (``list_avzones`` is the same method).

        Example: ``zones = (await client.endpoints.availability_zones()).avzones``.
        """
        return await self._core.request(_zones(options))

    list_avzones = availability_zones


# --- the views' types (see _resource): each area's methods, listed once per view ------------

if TYPE_CHECKING:

    class _EndpointsRaw(RawResponses):
        def __init__(self, r: Endpoints) -> None:
            self.create = wrap_raw(r.create)
            self.retrieve = wrap_raw(r.retrieve)
            self.get = wrap_raw(r.get)
            self.update = wrap_raw(r.update)
            self.delete = wrap_raw(r.delete)
            self.list = wrap_raw(r.list)
            self.list_hardware = wrap_raw(r.list_hardware)
            self.availability_zones = wrap_raw(r.availability_zones)
            self.list_avzones = wrap_raw(r.list_avzones)

    class _EndpointsStreaming(StreamingResponses):
        def __init__(self, r: Endpoints) -> None:
            self.create = wrap_streamed(r.create)
            self.retrieve = wrap_streamed(r.retrieve)
            self.get = wrap_streamed(r.get)
            self.update = wrap_streamed(r.update)
            self.delete = wrap_streamed(r.delete)
            self.list = wrap_streamed(r.list)
            self.list_hardware = wrap_streamed(r.list_hardware)
            self.availability_zones = wrap_streamed(r.availability_zones)
            self.list_avzones = wrap_streamed(r.list_avzones)

    class _AsyncEndpointsRaw(AsyncRawResponses):
        def __init__(self, r: AsyncEndpoints) -> None:
            self.create = wrap_araw(r.create)
            self.retrieve = wrap_araw(r.retrieve)
            self.get = wrap_araw(r.get)
            self.update = wrap_araw(r.update)
            self.delete = wrap_araw(r.delete)
            self.list = wrap_araw(r.list)
            self.list_hardware = wrap_araw(r.list_hardware)
            self.availability_zones = wrap_araw(r.availability_zones)
            self.list_avzones = wrap_araw(r.list_avzones)

    class _AsyncEndpointsStreaming(AsyncStreamingResponses):
        def __init__(self, r: AsyncEndpoints) -> None:
            self.create = wrap_astreamed(r.create)
            self.retrieve = wrap_astreamed(r.retrieve)
            self.get = wrap_astreamed(r.get)
            self.update = wrap_astreamed(r.update)
            self.delete = wrap_astreamed(r.delete)
            self.list = wrap_astreamed(r.list)
            self.list_hardware = wrap_astreamed(r.list_hardware)
            self.availability_zones = wrap_astreamed(r.availability_zones)
            self.list_avzones = wrap_astreamed(r.list_avzones)
