from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gpu_clusters_shared_volume import GPUClustersSharedVolume
from ...models.gpu_clusters_shared_volume_update_request import (
    GPUClustersSharedVolumeUpdateRequest,
)
from ...types import Response


def _get_kwargs(
    *,
    body: GPUClustersSharedVolumeUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/compute/clusters/storage/volumes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GPUClustersSharedVolume | None:
    if response.status_code == 200:
        response_200 = GPUClustersSharedVolume.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GPUClustersSharedVolume]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GPUClustersSharedVolumeUpdateRequest,
) -> Response[GPUClustersSharedVolume]:
    """Update a shared volume.

     Update the configuration of an existing shared volume.

    Args:
        body (GPUClustersSharedVolumeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClustersSharedVolume]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GPUClustersSharedVolumeUpdateRequest,
) -> GPUClustersSharedVolume | None:
    """Update a shared volume.

     Update the configuration of an existing shared volume.

    Args:
        body (GPUClustersSharedVolumeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClustersSharedVolume
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GPUClustersSharedVolumeUpdateRequest,
) -> Response[GPUClustersSharedVolume]:
    """Update a shared volume.

     Update the configuration of an existing shared volume.

    Args:
        body (GPUClustersSharedVolumeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClustersSharedVolume]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GPUClustersSharedVolumeUpdateRequest,
) -> GPUClustersSharedVolume | None:
    """Update a shared volume.

     Update the configuration of an existing shared volume.

    Args:
        body (GPUClustersSharedVolumeUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClustersSharedVolume
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
