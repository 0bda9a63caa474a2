from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_response_item import DeploymentResponseItem
from ...models.update_deployment_request import UpdateDeploymentRequest
from ...models.update_deployment_response_400 import UpdateDeploymentResponse400
from ...models.update_deployment_response_404 import UpdateDeploymentResponse404
from ...models.update_deployment_response_500 import UpdateDeploymentResponse500
from ...types import Response


def _get_kwargs(
    id: str,
    *,
    body: UpdateDeploymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deployments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeploymentResponseItem
    | UpdateDeploymentResponse400
    | UpdateDeploymentResponse404
    | UpdateDeploymentResponse500
    | None
):
    if response.status_code == 200:
        response_200 = DeploymentResponseItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateDeploymentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = UpdateDeploymentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = UpdateDeploymentResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeploymentResponseItem
    | UpdateDeploymentResponse400
    | UpdateDeploymentResponse404
    | UpdateDeploymentResponse500
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
    body: UpdateDeploymentRequest,
) -> Response[
    DeploymentResponseItem
    | UpdateDeploymentResponse400
    | UpdateDeploymentResponse404
    | UpdateDeploymentResponse500
]:
    """Update a deployment

     Update an existing deployment configuration

    Args:
        id (str): Deployment ID or name
        body (UpdateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResponseItem | UpdateDeploymentResponse400 | UpdateDeploymentResponse404 | UpdateDeploymentResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDeploymentRequest,
) -> (
    DeploymentResponseItem
    | UpdateDeploymentResponse400
    | UpdateDeploymentResponse404
    | UpdateDeploymentResponse500
    | None
):
    """Update a deployment

     Update an existing deployment configuration

    Args:
        id (str): Deployment ID or name
        body (UpdateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResponseItem | UpdateDeploymentResponse400 | UpdateDeploymentResponse404 | UpdateDeploymentResponse500
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDeploymentRequest,
) -> Response[
    DeploymentResponseItem
    | UpdateDeploymentResponse400
    | UpdateDeploymentResponse404
    | UpdateDeploymentResponse500
]:
    """Update a deployment

     Update an existing deployment configuration

    Args:
        id (str): Deployment ID or name
        body (UpdateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentResponseItem | UpdateDeploymentResponse400 | UpdateDeploymentResponse404 | UpdateDeploymentResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDeploymentRequest,
) -> (
    DeploymentResponseItem
    | UpdateDeploymentResponse400
    | UpdateDeploymentResponse404
    | UpdateDeploymentResponse500
    | None
):
    """Update a deployment

     Update an existing deployment configuration

    Args:
        id (str): Deployment ID or name
        body (UpdateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentResponseItem | UpdateDeploymentResponse400 | UpdateDeploymentResponse404 | UpdateDeploymentResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
