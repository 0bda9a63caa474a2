from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gpu_cluster_info import GPUClusterInfo
from ...models.gpu_cluster_update_request import GPUClusterUpdateRequest
from ...types import Response


def _get_kwargs(
    cluster_id: str,
    *,
    body: GPUClusterUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/compute/clusters/{cluster_id}".format(
            cluster_id=quote(str(cluster_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GPUClusterInfo | None:
    if response.status_code == 200:
        response_200 = GPUClusterInfo.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GPUClusterInfo]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GPUClusterUpdateRequest,
) -> Response[GPUClusterInfo]:
    """Update a GPU Cluster.

     Update the configuration of an existing GPU cluster.

    Args:
        cluster_id (str): The ID of the cluster to update
        body (GPUClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClusterInfo]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GPUClusterUpdateRequest,
) -> GPUClusterInfo | None:
    """Update a GPU Cluster.

     Update the configuration of an existing GPU cluster.

    Args:
        cluster_id (str): The ID of the cluster to update
        body (GPUClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClusterInfo
    """

    return sync_detailed(
        cluster_id=cluster_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GPUClusterUpdateRequest,
) -> Response[GPUClusterInfo]:
    """Update a GPU Cluster.

     Update the configuration of an existing GPU cluster.

    Args:
        cluster_id (str): The ID of the cluster to update
        body (GPUClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClusterInfo]
    """

    kwargs = _get_kwargs(
        cluster_id=cluster_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    cluster_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: GPUClusterUpdateRequest,
) -> GPUClusterInfo | None:
    """Update a GPU Cluster.

     Update the configuration of an existing GPU cluster.

    Args:
        cluster_id (str): The ID of the cluster to update
        body (GPUClusterUpdateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClusterInfo
    """

    return (
        await asyncio_detailed(
            cluster_id=cluster_id,
            client=client,
            body=body,
        )
    ).parsed
