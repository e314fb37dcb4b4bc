import type { ClipboardPort } from '../core/ports'
import type { EndpointDeps } from '../endpoints/endpoint-text'
import { endpointText, endpointTexts } from '../endpoints/endpoint-text'
import type { Handlers } from '../ipc/dispatch'
import { createProxyTestRunner, type ProxyTestRunDeps } from '../proxy-test/run'

export interface EndpointHandlerDeps {
  endpoints: EndpointDeps
  clipboard: ClipboardPort
  proxyTest: ProxyTestRunDeps
}

export function endpointHandlers({ endpoints, clipboard, proxyTest }: EndpointHandlerDeps) {
  const runTest = createProxyTestRunner(proxyTest)
  return {
    // Written only once the text is whole: a missing user or a failed list copies nothing.
    'endpoints.copy': async ({ endpoint, format }) => {
      await clipboard.writeText(await endpointText(endpoints, endpoint, format))
    },
    'endpoints.reveal': ({ endpoint }) => endpointTexts(endpoints, endpoint),
    'proxy.test': (input) => runTest(input),
  } satisfies Partial<Handlers>
}
