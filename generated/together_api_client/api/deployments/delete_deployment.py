from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_deployment_response_200 import DeleteDeploymentResponse200
from ...models.delete_deployment_response_404 import DeleteDeploymentResponse404
from ...models.delete_deployment_response_500 import DeleteDeploymentResponse500
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/deployments/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeleteDeploymentResponse200
    | DeleteDeploymentResponse404
    | DeleteDeploymentResponse500
    | None
):
    if response.status_code == 200:
        response_200 = DeleteDeploymentResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = DeleteDeploymentResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = DeleteDeploymentResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeleteDeploymentResponse200
    | DeleteDeploymentResponse404
    | DeleteDeploymentResponse500
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
) -> Response[
    DeleteDeploymentResponse200
    | DeleteDeploymentResponse404
    | DeleteDeploymentResponse500
]:
    """Delete a deployment

     Delete an existing deployment

    Args:
        id (str): Deployment ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDeploymentResponse200 | DeleteDeploymentResponse404 | DeleteDeploymentResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteDeploymentResponse200
    | DeleteDeploymentResponse404
    | DeleteDeploymentResponse500
    | None
):
    """Delete a deployment

     Delete an existing deployment

    Args:
        id (str): Deployment ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDeploymentResponse200 | DeleteDeploymentResponse404 | DeleteDeploymentResponse500
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    DeleteDeploymentResponse200
    | DeleteDeploymentResponse404
    | DeleteDeploymentResponse500
]:
    """Delete a deployment

     Delete an existing deployment

    Args:
        id (str): Deployment ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteDeploymentResponse200 | DeleteDeploymentResponse404 | DeleteDeploymentResponse500]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    DeleteDeploymentResponse200
    | DeleteDeploymentResponse404
    | DeleteDeploymentResponse500
    | None
):
    """Delete a deployment

     Delete an existing deployment

    Args:
        id (str): Deployment ID or name

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteDeploymentResponse200 | DeleteDeploymentResponse404 | DeleteDeploymentResponse500
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
