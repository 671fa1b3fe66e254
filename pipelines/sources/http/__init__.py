"""The one HTTP client every web source goes through: polite, bounded, and never raising for network trouble.

`HttpClient.fetch(url)` does, over a single `requests.Session`:
- a User-Agent naming the project; a connect/read timeout plus a total deadline per attempt (a server that
  trickles bytes cannot hold a run forever);
- retries with exponential backoff on 429 and 5xx and on connection errors, honouring `Retry-After`
  (seconds or an HTTP date) up to `max_retry_wait` (a server asking for longer is not waited for: the
  fetch fails and is retried on the next run);
- a per-host minimum interval between requests;
- conditional GET: the ETag / Last-Modified saved in `FetchState` are sent; a 304 gives a result with
  `not_modified=True` and no body, which costs nothing downstream;
- a streamed download that stops beyond `max_bytes`, bounded redirects (a loop is reported as such);
- time budgets per host and per run (`host_budget`, `run_budget`): a slow or silent server cannot hold a run for
  hours; what the budget leaves out is reported as skipped and fetched on the next run;
- the raw bytes are kept untouched; the declared charset is recorded, decoding is the parser's job;
- no request, and no redirect hop, to a non-public address (loopback, private, link-local, reserved: however the
  address is written, "0x7f000001" included) unless it is on the host of the source the user configured
  (`trusted`) or allowed explicitly (`fetch_allow`: the sources file's list and `POLICYGRAPH_FETCH_ALLOW`): a feed
  item or a redirect cannot turn the fetcher towards an internal service.

The package: `client` (HttpClient: retries, intervals, budgets, conditional GET, the download), `guard` (the
addresses it may reach), `settings`, `result` (FetchResult, Content-Type and Retry-After), `archiving`
(archive_fetch).

HTTP and network failures come back as data (`FetchResult.error`); only programming errors raise.
The client records each outcome (success, failure count) in the state but does not save validators: call
`FetchState.save_validators` (or `archive_fetch` in this module) only once the body is archived.
"""

from pipelines.sources.http.archiving import archive_fetch
from pipelines.sources.http.client import RETRY_STATUSES, HttpClient
from pipelines.sources.http.guard import AddressGuard, BlockedAddress, non_public_address
from pipelines.sources.http.result import FetchResult, parse_retry_after
from pipelines.sources.http.settings import HttpSettings, default_user_agent

__all__ = [
    "RETRY_STATUSES",
    "AddressGuard",
    "BlockedAddress",
    "FetchResult",
    "HttpClient",
    "HttpSettings",
    "archive_fetch",
    "default_user_agent",
    "non_public_address",
    "parse_retry_after",
]
