from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gpu_clusters_shared_volume_delete_response import (
    GPUClustersSharedVolumeDeleteResponse,
)
from ...types import Response


def _get_kwargs(
    volume_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/compute/clusters/storage/volumes/{volume_id}".format(
            volume_id=quote(str(volume_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GPUClustersSharedVolumeDeleteResponse | None:
    if response.status_code == 200:
        response_200 = GPUClustersSharedVolumeDeleteResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GPUClustersSharedVolumeDeleteResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GPUClustersSharedVolumeDeleteResponse]:
    """Delete shared volume by volume id.

     Delete a shared volume. Note that if this volume is attached to a cluster, deleting will fail.

    Args:
        volume_id (str): The ID of the volume to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClustersSharedVolumeDeleteResponse]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GPUClustersSharedVolumeDeleteResponse | None:
    """Delete shared volume by volume id.

     Delete a shared volume. Note that if this volume is attached to a cluster, deleting will fail.

    Args:
        volume_id (str): The ID of the volume to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClustersSharedVolumeDeleteResponse
    """

    return sync_detailed(
        volume_id=volume_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[GPUClustersSharedVolumeDeleteResponse]:
    """Delete shared volume by volume id.

     Delete a shared volume. Note that if this volume is attached to a cluster, deleting will fail.

    Args:
        volume_id (str): The ID of the volume to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClustersSharedVolumeDeleteResponse]
    """

    kwargs = _get_kwargs(
        volume_id=volume_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    volume_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> GPUClustersSharedVolumeDeleteResponse | None:
    """Delete shared volume by volume id.

     Delete a shared volume. Note that if this volume is attached to a cluster, deleting will fail.

    Args:
        volume_id (str): The ID of the volume to delete

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClustersSharedVolumeDeleteResponse
    """

    return (
        await asyncio_detailed(
            volume_id=volume_id,
            client=client,
        )
    ).parsed
