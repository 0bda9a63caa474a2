from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_deployment_request import CreateDeploymentRequest
from ...models.create_deployment_response_400 import CreateDeploymentResponse400
from ...models.create_deployment_response_500 import CreateDeploymentResponse500
from ...models.deployment_response_item import DeploymentResponseItem
from ...types import Response


def _get_kwargs(
    *,
    body: CreateDeploymentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateDeploymentResponse400
    | CreateDeploymentResponse500
    | DeploymentResponseItem
    | None
):
    if response.status_code == 200:
        response_200 = DeploymentResponseItem.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateDeploymentResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = CreateDeploymentResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateDeploymentResponse400 | CreateDeploymentResponse500 | DeploymentResponseItem
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDeploymentRequest,
) -> Response[
    CreateDeploymentResponse400 | CreateDeploymentResponse500 | DeploymentResponseItem
]:
    """Create a new deployment

     Create a new deployment with specified configuration

    Args:
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDeploymentResponse400 | CreateDeploymentResponse500 | DeploymentResponseItem]
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
    body: CreateDeploymentRequest,
) -> (
    CreateDeploymentResponse400
    | CreateDeploymentResponse500
    | DeploymentResponseItem
    | None
):
    """Create a new deployment

     Create a new deployment with specified configuration

    Args:
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDeploymentResponse400 | CreateDeploymentResponse500 | DeploymentResponseItem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDeploymentRequest,
) -> Response[
    CreateDeploymentResponse400 | CreateDeploymentResponse500 | DeploymentResponseItem
]:
    """Create a new deployment

     Create a new deployment with specified configuration

    Args:
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDeploymentResponse400 | CreateDeploymentResponse500 | DeploymentResponseItem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateDeploymentRequest,
) -> (
    CreateDeploymentResponse400
    | CreateDeploymentResponse500
    | DeploymentResponseItem
    | None
):
    """Create a new deployment

     Create a new deployment with specified configuration

    Args:
        body (CreateDeploymentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDeploymentResponse400 | CreateDeploymentResponse500 | DeploymentResponseItem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
