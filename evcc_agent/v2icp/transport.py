"""HTTPS POST to the V2ICP backend over one persistent connection (httpx).

The transport does one exchange per call and classifies what went wrong; whether to retry,
when, and what an answer means is the session core's business. No tenacity here: every retry
in V2ICP is a protocol rule (same seq, byte-identical body, cadence) and lives in the core.

Trust: only the configured V2ICP root certificate (no system store, no environment
variables), hostname verification on, TLS 1.2 or newer with the VDV 261 profile's
TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256 offered for TLS 1.2 backends.
"""

from __future__ import annotations

import contextlib
import logging
import ssl
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpcore
import httpx

from evcc_agent import __version__
from evcc_agent.v2icp.errors import V2icpError
from evcc_agent.v2icp.session import TransportErrorKind

log = logging.getLogger(__name__)

#: TLS 1.2 suites (1.3 suites are not affected by set_ciphers): the VDV 261 profile's
#: ECDHE-ECDSA-AES128-SHA256 first, then the usual forward-secret AEAD suites.
TLS12_CIPHERS = (
    "ECDHE-ECDSA-AES128-SHA256:ECDHE+AESGCM:ECDHE+CHACHA20:"
    "ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384"
)


class TransportFailure(V2icpError):
    """One exchange failed before a complete HTTP answer arrived."""

    def __init__(self, kind: TransportErrorKind, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    body: bytes


def client_ssl_context(root_ca: str | Path) -> ssl.SSLContext:
    """Verify the backend against ``root_ca`` only; hostname checked; TLS >= 1.2."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED + check_hostname
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers(TLS12_CIPHERS)
    ctx.load_verify_locations(cafile=str(root_ca))
    return ctx


def _classify(exc: BaseException) -> TransportFailure:
    """Map an httpx/httpcore/ssl/OS error chain to a transport error kind."""
    chain: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in chain:
        chain.append(cur)
        cur = cur.__cause__ or cur.__context__
    for e in chain:
        if isinstance(e, ssl.SSLCertVerificationError):
            return TransportFailure(
                TransportErrorKind.TLS, f"certificate rejected: {e.verify_message or e.reason}"
            )
    if isinstance(exc, httpx.TimeoutException):
        return TransportFailure(TransportErrorKind.TIMEOUT, type(exc).__name__)
    if isinstance(exc, httpx.ConnectError | httpx.ProxyError):
        for e in chain:
            if isinstance(e, ssl.SSLError):
                return TransportFailure(TransportErrorKind.TLS, f"handshake failed: {e.reason}")
        return TransportFailure(TransportErrorKind.CONNECT, str(exc) or type(exc).__name__)
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return TransportFailure(TransportErrorKind.DROPPED, str(exc) or type(exc).__name__)
    return TransportFailure(TransportErrorKind.OTHER, f"{type(exc).__name__}: {exc}")


#: httpcore's errors as httpx's (most specific first): the client below sees httpx's tree only
_HTTPX_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
)


@contextlib.contextmanager
def _as_httpx(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except httpcore.ConnectionNotAvailable:
        raise
    except Exception as exc:
        for core, ours in _HTTPX_ERRORS:
            if isinstance(exc, core):
                raise ours(str(exc), request=request) from exc
        raise


class _BoundBody(httpx.AsyncByteStream):
    """An answer's body from httpcore, its errors as httpx's."""

    def __init__(self, stream: Any, request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _as_httpx(self._request):
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        if hasattr(self._stream, "aclose"):
            await self._stream.aclose()


class BoundTransport(httpx.AsyncBaseTransport):
    """httpx over an httpcore pool whose connections our network backend makes (one interface
    only; httpx's own transport takes no backend): the public transport interface, no
    private attribute of httpx."""

    def __init__(self, pool: httpcore.AsyncConnectionPool) -> None:
        self.pool = pool

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        url = request.url
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx(request):
            resp = await self.pool.handle_async_request(core)
        return httpx.Response(
            resp.status,
            headers=resp.headers,
            stream=_BoundBody(resp.stream, request),
            extensions=resp.extensions,
        )

    async def aclose(self) -> None:
        await self.pool.aclose()


class V2icpTransport:
    """One persistent HTTPS connection to ``endpoint``; ``post`` is one exchange."""

    def __init__(
        self,
        endpoint: str,
        vin: str,
        password: str,
        ssl_context: ssl.SSLContext,
        *,
        proxy: str | None = None,
        timeout_s: float = 15.0,
        max_response_bytes: int = 65_536,
        network: httpcore.AsyncNetworkBackend | None = None,
    ) -> None:
        """``network``: where connections are made (``binding.BoundNetwork``: one interface
        only); None: httpx's own, wherever the system's routes lead."""
        self.endpoint = endpoint
        self._network = network
        self._auth = httpx.BasicAuth(vin, password)
        self._ssl = ssl_context
        self._proxy = proxy
        self._timeout = timeout_s
        self.max_response_bytes = max_response_bytes
        self._client: httpx.AsyncClient | None = None
        self.connections_opened = 0

    def _bound_transport(self, limits: httpx.Limits) -> BoundTransport | None:
        """A transport over our network backend (httpx has no parameter for it)."""
        if self._network is None:
            return None
        return BoundTransport(
            httpcore.AsyncConnectionPool(
                ssl_context=self._ssl,
                max_connections=limits.max_connections,
                max_keepalive_connections=limits.max_keepalive_connections,
                keepalive_expiry=limits.keepalive_expiry,
                network_backend=self._network,
            )
        )

    def _get_client(self) -> httpx.AsyncClient:
        if self._client is None:
            # the session closes the idle connection (61 s); httpx must not close earlier
            limits = httpx.Limits(
                max_connections=1, max_keepalive_connections=1, keepalive_expiry=None
            )
            self._client = httpx.AsyncClient(
                transport=self._bound_transport(limits),
                verify=self._ssl,
                auth=self._auth,
                proxy=self._proxy,
                trust_env=False,  # no proxy or CA from the environment: configuration only
                timeout=httpx.Timeout(self._timeout),
                limits=limits,
                headers={
                    "Content-Type": "application/json",
                    "Accept": "application/json",
                    "Accept-Encoding": "identity",  # the size bound counts real bytes
                    "User-Agent": f"evcc-agent/{__version__}",
                },
            )
            self.connections_opened += 1
        return self._client

    async def post(self, body: bytes) -> HttpAnswer:
        """POST ``body``; the answer's body is read up to ``max_response_bytes``."""
        client = self._get_client()
        try:
            async with client.stream("POST", self.endpoint, content=body) as resp:
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > self.max_response_bytes:
                    raise TransportFailure(
                        TransportErrorKind.OVERSIZE,
                        f"answer of {declared} bytes > {self.max_response_bytes}",
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in resp.aiter_bytes():
                    size += len(chunk)
                    if size > self.max_response_bytes:
                        raise TransportFailure(
                            TransportErrorKind.OVERSIZE,
                            f"answer larger than {self.max_response_bytes} bytes",
                        )
                    chunks.append(chunk)
                return HttpAnswer(resp.status_code, b"".join(chunks))
        except TransportFailure:
            await self.close()  # the unread rest of the body makes the connection unusable
            raise
        except (httpx.HTTPError, OSError, ssl.SSLError) as exc:
            failure = _classify(exc)
            log.debug("V2ICP transport error: %s", failure)
            await self.close()
            raise failure from None

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            await client.aclose()
