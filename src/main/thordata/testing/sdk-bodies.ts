/**
 * Response bodies from the test suites of Thordata's official SDKs and SDK spec, nothing written here. Each entry
 * names the file (repository, path, commit, test) it comes from. Python dict and Go `gin.H` literals are
 * transcribed to the JSON they serialise to; numbers, strings and keys are unchanged. A `_get_locations` mock
 * returns the envelope's `data` only, so those bodies are wrapped in `{"code":200,"data":…}` as the SDK's
 * `_get_locations` unwraps it.
 *
 * Bodies from the same suites for endpoints this client does not call (the unlimited bound-user trio) are listed
 * in `sdkBodiesWithoutEndpoint`, so the count stays honest.
 */
const PY_CLIENT = 'Thordata/thordata-python-sdk tests/test_client.py @29e92ec43810479e2c92abd82ed6b595ae340d6e'
const PY_UNLIMITED = 'Thordata/thordata-python-sdk tests/test_unlimited.py @4ce62e43d6e7e5e5ba56764aaf105275558f5e31'
const PY_CONFTEST = 'Thordata/thordata-python-sdk tests/conftest.py @20d3d262dcf2c785e7eaa5336defc692abf48645'
const SPEC_MOCK = 'Thordata/thordata-sdk-spec mock-server/main.go @0c3cb8a1f6d8ba1d3fa411e075e3f817344846ea'
const GO_LOCATIONS = 'Thordata/thordata-go-sdk thordata/locations_test.go @8f9c1fe556db79c594f83486e6296accceea13bd'
const JAVA_OFFLINE =
  'Thordata/thordata-java-sdk src/test/java/com/thordata/sdk/ClientOfflineTest.java @6a1f897331e4b64959cd1d8309fcc5714bf80373'

export type SdkEndpoint =
  | 'trafficBalance'
  | 'walletBalance'
  | 'usage'
  | 'countries'
  | 'states'
  | 'cities'
  | 'asns'
  | 'proxyUsers.list'
  | 'proxyUsers.create'
  | 'proxyUsers.update'
  | 'proxyUsers.delete'
  | 'proxyUsers.usage'
  | 'proxyUsers.usageHourly'
  | 'whitelist.list'
  | 'whitelist.add'
  | 'whitelist.delete'
  | 'proxies.list'
  | 'proxies.expirations'
  | 'unlimited.list'
  | 'unlimited.restart'
  | 'unlimited.renew'
  | 'unlimited.upgrade'
  | 'cdk.list'
  | 'extract'

export interface SdkBody {
  /** Unique name used by the test. */
  id: string
  source: string
  endpoint: SdkEndpoint
  /** The reply as sent: a JSON value, or raw text for the extract link. */
  body: unknown
}

export const sdkBodies: SdkBody[] = [
  // Python SDK, TestClientAccountAndUsage
  {
    id: 'py-usage-statistics',
    source: `${PY_CLIENT} test_get_usage_statistics`,
    endpoint: 'usage',
    body: {
      code: 200,
      data: { total_usage_traffic: 1000, traffic_balance: 2000, query_days: 7, range_usage_traffic: 500, data: [] },
    },
  },
  {
    id: 'py-usage-statistics-zero',
    source: `${PY_CLIENT} test_get_usage_statistics_with_date_objects`,
    endpoint: 'usage',
    body: {
      code: 200,
      data: { total_usage_traffic: 0, traffic_balance: 0, query_days: 0, range_usage_traffic: 0, data: [] },
    },
  },
  {
    id: 'py-traffic-balance',
    source: `${PY_CLIENT} test_get_traffic_balance`,
    endpoint: 'trafficBalance',
    body: { code: 200, data: { traffic_balance: 123.45 } },
  },
  {
    id: 'py-wallet-balance',
    source: `${PY_CLIENT} test_get_wallet_balance`,
    endpoint: 'walletBalance',
    body: { code: 200, data: { balance: 99.99 } },
  },
  {
    id: 'py-proxy-user-usage',
    source: `${PY_CLIENT} test_get_proxy_user_usage`,
    endpoint: 'proxyUsers.usage',
    body: { code: 200, data: [{ date: '2024-01-01', usage: 100 }] },
  },
  {
    id: 'py-proxy-user-usage-hour',
    source: `${PY_CLIENT} test_get_proxy_user_usage_hour`,
    endpoint: 'proxyUsers.usageHourly',
    body: { code: 200, data: { data: [{ hour: '2024-01-01 12', usage: 10 }] } },
  },
  // Python SDK, TestClientLocationsAndASN and TestClientMethods (the `_get_locations` return values)
  {
    id: 'py-countries',
    source: `${PY_CLIENT} test_list_countries`,
    endpoint: 'countries',
    body: { code: 200, data: [{ country_code: 'us', country_name: 'United States' }] },
  },
  {
    id: 'py-states',
    source: `${PY_CLIENT} test_list_states`,
    endpoint: 'states',
    body: { code: 200, data: [{ state_code: 'wa', state_name: 'Washington' }] },
  },
  {
    id: 'py-cities',
    source: `${PY_CLIENT} test_list_cities`,
    endpoint: 'cities',
    body: { code: 200, data: [{ city: 'Seattle' }] },
  },
  {
    id: 'py-asn',
    source: `${PY_CLIENT} test_list_asn`,
    endpoint: 'asns',
    body: { code: 200, data: [{ asn: '12345', name: 'ASN1' }] },
  },
  // Python SDK, TestClientWhitelist
  {
    id: 'py-whitelist-add',
    source: `${PY_CLIENT} test_add_whitelist_ip`,
    endpoint: 'whitelist.add',
    body: { code: 200, data: { ip: '1.2.3.4' } },
  },
  {
    id: 'py-whitelist-delete',
    source: `${PY_CLIENT} test_delete_whitelist_ip`,
    endpoint: 'whitelist.delete',
    body: { code: 200, data: {} },
  },
  {
    id: 'py-whitelist-strings',
    source: `${PY_CLIENT} test_list_whitelist_ips`,
    endpoint: 'whitelist.list',
    body: { code: 200, data: ['1.2.3.4', '5.6.7.8'] },
  },
  {
    id: 'py-whitelist-objects',
    source: `${PY_CLIENT} test_list_whitelist_ips_dict_items`,
    endpoint: 'whitelist.list',
    body: { code: 200, data: [{ ip: '1.2.3.4' }] },
  },
  // Python SDK, TestClientProxyUsers
  {
    id: 'py-proxy-users',
    source: `${PY_CLIENT} test_list_proxy_users`,
    endpoint: 'proxyUsers.list',
    body: {
      code: 200,
      data: {
        limit: 10,
        remaining_limit: 5,
        user_count: 1,
        list: [{ username: 'u1', password: 'p1', status: 'true', traffic_limit: 0, usage_traffic: 0 }],
      },
    },
  },
  {
    id: 'py-proxy-user-create',
    source: `${PY_CLIENT} test_create_proxy_user`,
    endpoint: 'proxyUsers.create',
    body: { code: 200, data: { username: 'newuser' } },
  },
  {
    id: 'py-proxy-user-update',
    source: `${PY_CLIENT} test_update_proxy_user`,
    endpoint: 'proxyUsers.update',
    body: { code: 200, data: {} },
  },
  {
    id: 'py-proxy-user-delete',
    source: `${PY_CLIENT} test_delete_proxy_user`,
    endpoint: 'proxyUsers.delete',
    body: { code: 200, data: {} },
  },
  // Python SDK, TestClientProxyServersAndExpiration
  {
    id: 'py-proxy-list',
    source: `${PY_CLIENT} test_list_proxy_servers`,
    endpoint: 'proxies.list',
    body: { code: 200, data: [{ ip: '1.2.3.4', port: 9999, username: 'u', password: 'p' }] },
  },
  {
    id: 'py-expiration-map',
    source: `${PY_CLIENT} test_get_proxy_expiration`,
    endpoint: 'proxies.expirations',
    body: { code: 200, data: { '1.2.3.4': 1735689600 } },
  },
  // Python SDK, TestClientBrowserAndExtractIP
  {
    id: 'py-extract-txt',
    source: `${PY_CLIENT} test_extract_ip_list_txt`,
    endpoint: 'extract',
    body: '1.2.3.4:8080\r\n5.6.7.8:8080',
  },
  {
    id: 'py-extract-json',
    source: `${PY_CLIENT} test_extract_ip_list_json`,
    endpoint: 'extract',
    body: {
      code: 200,
      data: [
        { ip: '1.2.3.4', port: 8080 },
        { ip: '5.6.7.8', port: 8080 },
      ],
    },
  },
  {
    id: 'py-extract-unlimited-json',
    source: `${PY_CLIENT} test_extract_ip_list_unlimited_uses_unlimited_api_and_username`,
    endpoint: 'extract',
    body: { code: 200, data: [{ ip: '1.2.3.4', port: 9999 }] },
  },
  // Python SDK, tests/test_unlimited.py (sync and async namespaces)
  {
    id: 'py-unlimited-list',
    source: `${PY_UNLIMITED} test_list_servers_success`,
    endpoint: 'unlimited.list',
    body: { code: 200, data: [{ ip: '1.2.3.4', port: 9999 }] },
  },
  {
    id: 'py-unlimited-restart',
    source: `${PY_UNLIMITED} test_restart_server_success`,
    endpoint: 'unlimited.restart',
    body: { code: 200, data: { status: 'ok' } },
  },
  {
    id: 'py-unlimited-renew',
    source: `${PY_UNLIMITED} test_renew_success`,
    endpoint: 'unlimited.renew',
    body: { code: 200, data: { plan_name: 'plan1' } },
  },
  {
    id: 'py-unlimited-upgrade',
    source: `${PY_UNLIMITED} test_upgrade_success`,
    endpoint: 'unlimited.upgrade',
    body: { code: 200, data: {} },
  },
  {
    id: 'py-async-unlimited-list',
    source: `${PY_UNLIMITED} test_async_unlimited_list_servers_success`,
    endpoint: 'unlimited.list',
    body: { code: 200, data: [{ ip: '5.6.7.8' }] },
  },
  {
    id: 'py-async-unlimited-restart',
    source: `${PY_UNLIMITED} test_async_unlimited_restart_server_success`,
    endpoint: 'unlimited.restart',
    body: { code: 200, data: { status: 'restarted' } },
  },
  {
    id: 'py-async-unlimited-renew',
    source: `${PY_UNLIMITED} test_async_unlimited_renew_success`,
    endpoint: 'unlimited.renew',
    body: { code: 200, data: { plan_name: 'plan1' } },
  },
  // SDK spec mock server
  {
    id: 'spec-usage-statistics',
    source: `${SPEC_MOCK} GET /account/usage-statistics`,
    endpoint: 'usage',
    body: { code: 200, data: { total_usage_traffic: 104857600, traffic_balance: 524288000 } },
  },
  {
    id: 'spec-proxy-list',
    source: `${SPEC_MOCK} GET /proxy/proxy-list`,
    endpoint: 'proxies.list',
    body: { code: 200, data: [{ ip: '1.2.3.4', port: 8888, username: 'u', password: 'p' }] },
  },
  // Go and Java SDK offline tests
  {
    id: 'go-countries',
    source: `${GO_LOCATIONS} TestLocations_Offline`,
    endpoint: 'countries',
    body: { code: 200, data: [{ country_code: 'US', country_name: 'United States' }] },
  },
  {
    id: 'java-countries',
    source: `${JAVA_OFFLINE} locations_offline`,
    endpoint: 'countries',
    body: { code: 200, data: [{ country_code: 'US' }] },
  },
]

/** The Python suite's default reply (`mock_response` fixture): the backend's empty `data`, fed to every list. */
export const sdkEmptyData = { source: `${PY_CONFTEST} mock_response`, body: { code: 200, data: {} } }

export const sdkBodiesWithoutEndpoint = [
  {
    source: `${PY_UNLIMITED} test_list_bound_users_success`,
    body: { code: 200, data: { list: [{ username: 'u1' }] } },
  },
  { source: `${PY_UNLIMITED} test_bind_user_success`, body: { code: 200, data: {} } },
  { source: `${PY_UNLIMITED} test_unbind_user_success`, body: { code: 200, data: {} } },
]
