from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.gpu_cluster_create_request import GPUClusterCreateRequest
from ...models.gpu_cluster_info import GPUClusterInfo
from ...types import Response


def _get_kwargs(
    *,
    body: GPUClusterCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/compute/clusters",
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
    *,
    client: AuthenticatedClient | Client,
    body: GPUClusterCreateRequest,
) -> Response[GPUClusterInfo]:
    """Create GPU Cluster

     Create an Instant Cluster on Together's high-performance GPU clusters.
    With features like on-demand scaling, long-lived resizable high-bandwidth shared DC-local storage,
    Kubernetes and Slurm cluster flavors, a REST API, and Terraform support,
    you can run workloads flexibly without complex infrastructure management.

    Args:
        body (GPUClusterCreateRequest): GPU Cluster create request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClusterInfo]
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
    body: GPUClusterCreateRequest,
) -> GPUClusterInfo | None:
    """Create GPU Cluster

     Create an Instant Cluster on Together's high-performance GPU clusters.
    With features like on-demand scaling, long-lived resizable high-bandwidth shared DC-local storage,
    Kubernetes and Slurm cluster flavors, a REST API, and Terraform support,
    you can run workloads flexibly without complex infrastructure management.

    Args:
        body (GPUClusterCreateRequest): GPU Cluster create request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClusterInfo
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GPUClusterCreateRequest,
) -> Response[GPUClusterInfo]:
    """Create GPU Cluster

     Create an Instant Cluster on Together's high-performance GPU clusters.
    With features like on-demand scaling, long-lived resizable high-bandwidth shared DC-local storage,
    Kubernetes and Slurm cluster flavors, a REST API, and Terraform support,
    you can run workloads flexibly without complex infrastructure management.

    Args:
        body (GPUClusterCreateRequest): GPU Cluster create request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GPUClusterInfo]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GPUClusterCreateRequest,
) -> GPUClusterInfo | None:
    """Create GPU Cluster

     Create an Instant Cluster on Together's high-performance GPU clusters.
    With features like on-demand scaling, long-lived resizable high-bandwidth shared DC-local storage,
    Kubernetes and Slurm cluster flavors, a REST API, and Terraform support,
    you can run workloads flexibly without complex infrastructure management.

    Args:
        body (GPUClusterCreateRequest): GPU Cluster create request

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GPUClusterInfo
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
