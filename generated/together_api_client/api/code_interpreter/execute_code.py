from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execute_request import ExecuteRequest
from ...models.failed_execution import FailedExecution
from ...models.successful_execution import SuccessfulExecution
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ExecuteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tci/execute",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FailedExecution | SuccessfulExecution | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: FailedExecution | SuccessfulExecution
        try:
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_execute_response_type_0 = SuccessfulExecution.from_dict(
                _response_200
            )

            response_200 = componentsschemas_execute_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_response_200, dict):
                raise TypeError()
            componentsschemas_execute_response_type_1 = FailedExecution.from_dict(
                _response_200
            )

            response_200 = componentsschemas_execute_response_type_1

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FailedExecution | SuccessfulExecution]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteRequest | Unset = UNSET,
) -> Response[FailedExecution | SuccessfulExecution]:
    """Executes the given code snippet and returns the output. Without a session_id, a new session will be
    created to run the code. If you do pass in a valid session_id, the code will be run in that session.
    This is useful for running multiple code snippets in the same environment, because dependencies and
    similar things are persisted
    between calls to the same session.

    Args:
        body (ExecuteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailedExecution | SuccessfulExecution]
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
    body: ExecuteRequest | Unset = UNSET,
) -> FailedExecution | SuccessfulExecution | None:
    """Executes the given code snippet and returns the output. Without a session_id, a new session will be
    created to run the code. If you do pass in a valid session_id, the code will be run in that session.
    This is useful for running multiple code snippets in the same environment, because dependencies and
    similar things are persisted
    between calls to the same session.

    Args:
        body (ExecuteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailedExecution | SuccessfulExecution
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteRequest | Unset = UNSET,
) -> Response[FailedExecution | SuccessfulExecution]:
    """Executes the given code snippet and returns the output. Without a session_id, a new session will be
    created to run the code. If you do pass in a valid session_id, the code will be run in that session.
    This is useful for running multiple code snippets in the same environment, because dependencies and
    similar things are persisted
    between calls to the same session.

    Args:
        body (ExecuteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FailedExecution | SuccessfulExecution]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExecuteRequest | Unset = UNSET,
) -> FailedExecution | SuccessfulExecution | None:
    """Executes the given code snippet and returns the output. Without a session_id, a new session will be
    created to run the code. If you do pass in a valid session_id, the code will be run in that session.
    This is useful for running multiple code snippets in the same environment, because dependencies and
    similar things are persisted
    between calls to the same session.

    Args:
        body (ExecuteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FailedExecution | SuccessfulExecution
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
