from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_logs import DeploymentLogs
from ...models.retrieve_deployment_logs_response_404 import (
    RetrieveDeploymentLogsResponse404,
)
from ...models.retrieve_deployment_logs_response_500 import (
    RetrieveDeploymentLogsResponse500,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    replica_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["replica_id"] = replica_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments/{id}/logs".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeploymentLogs
    | RetrieveDeploymentLogsResponse404
    | RetrieveDeploymentLogsResponse500
    | None
):
    if response.status_code == 200:
        response_200 = DeploymentLogs.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = RetrieveDeploymentLogsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = RetrieveDeploymentLogsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeploymentLogs
    | RetrieveDeploymentLogsResponse404
    | RetrieveDeploymentLogsResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    replica_id: str | Unset = UNSET,
) -> Response[
    DeploymentLogs
    | RetrieveDeploymentLogsResponse404
    | RetrieveDeploymentLogsResponse500
]:
    """Get logs for a deployment

     Retrieve logs from a deployment, optionally filtered by replica ID.

    Args:
        id (str): Deployment ID or name
        replica_id (str | Unset): Replica ID to filter logs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLogs | RetrieveDeploymentLogsResponse404 | RetrieveDeploymentLogsResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        replica_id=replica_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    replica_id: str | Unset = UNSET,
) -> (
    DeploymentLogs
    | RetrieveDeploymentLogsResponse404
    | RetrieveDeploymentLogsResponse500
    | None
):
    """Get logs for a deployment

     Retrieve logs from a deployment, optionally filtered by replica ID.

    Args:
        id (str): Deployment ID or name
        replica_id (str | Unset): Replica ID to filter logs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLogs | RetrieveDeploymentLogsResponse404 | RetrieveDeploymentLogsResponse500
    """

    return sync_detailed(
        id=id,
        client=client,
        replica_id=replica_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    replica_id: str | Unset = UNSET,
) -> Response[
    DeploymentLogs
    | RetrieveDeploymentLogsResponse404
    | RetrieveDeploymentLogsResponse500
]:
    """Get logs for a deployment

     Retrieve logs from a deployment, optionally filtered by replica ID.

    Args:
        id (str): Deployment ID or name
        replica_id (str | Unset): Replica ID to filter logs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLogs | RetrieveDeploymentLogsResponse404 | RetrieveDeploymentLogsResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        replica_id=replica_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    replica_id: str | Unset = UNSET,
) -> (
    DeploymentLogs
    | RetrieveDeploymentLogsResponse404
    | RetrieveDeploymentLogsResponse500
    | None
):
    """Get logs for a deployment

     Retrieve logs from a deployment, optionally filtered by replica ID.

    Args:
        id (str): Deployment ID or name
        replica_id (str | Unset): Replica ID to filter logs

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLogs | RetrieveDeploymentLogsResponse404 | RetrieveDeploymentLogsResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            replica_id=replica_id,
        )
    ).parsed
