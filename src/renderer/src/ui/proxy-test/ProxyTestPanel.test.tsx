import type { ProxyTestInput } from '@shared/domain/proxy-test'
import { appError } from '@shared/errors'
import { fail, ok } from '@shared/ipc/result'
import { screen } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { createFakeBridge } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import { ProxyTestPanel } from './ProxyTestPanel'

const endpoint = (protocol: 'http' | 'socks5h' = 'http'): ProxyTestInput => ({
  kind: 'endpoint',
  endpoint: { product: 'residential', username: 'shop01', protocol, country: 'de' },
})
const answer = {
  exitIp: '198.51.100.42',
  country: 'DE',
  latencyMs: 87,
  proxy: 'pr.thordata.net:9999',
  echoSource: 'ipinfo.io',
  simulated: false,
  testedOver: 'http' as const,
}

describe('ProxyTestPanel', () => {
  it('sends the input once and shows the exit IP, country and latency', async () => {
    const fake = createFakeBridge()
    fake.respond('proxy.test', () => ok(answer))
    const { user } = renderView(<ProxyTestPanel input={endpoint()} echoSource="ipinfo.io" />, fake)
    expect(
      screen.getByText('One request through the proxy to ipinfo.io, which answers with the address it saw.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Test endpoint' }))
    expect(await screen.findByText('The proxy works')).toBeInTheDocument()
    expect(screen.getByTestId('proxy-test-ip')).toHaveTextContent('198.51.100.42')
    expect(screen.getByTestId('proxy-test-country')).toHaveTextContent('DE')
    expect(screen.getByTestId('proxy-test-latency')).toHaveTextContent('87 ms')
    expect(screen.getByTestId('proxy-test-through')).toHaveTextContent('pr.thordata.net:9999')
    expect(fake.callsTo('proxy.test')).toEqual([endpoint()])
    expect(screen.queryByText(/Demo mode/)).not.toBeInTheDocument()
  })

  it('says when the service reports no country, and when a socks5h endpoint was tested over HTTP', async () => {
    const fake = createFakeBridge()
    fake.respond('proxy.test', () => ok({ ...answer, country: null, simulated: true, proxy: '127.0.0.1:4000' }))
    const { user } = renderView(<ProxyTestPanel input={endpoint('socks5h')} />, fake)
    await user.click(screen.getByRole('button', { name: 'Test endpoint' }))
    expect(await screen.findByTestId('proxy-test-country')).toHaveTextContent('Not reported')
    expect(screen.getByText(/Tested over HTTP: the tester does not speak SOCKS5/)).toBeInTheDocument()
    expect(
      screen.getByText('Demo mode: tested through the built-in simulator at 127.0.0.1:4000, not through Thordata.'),
    ).toBeInTheDocument()
  })

  it('shows a failure in main’s words under a title that says the test failed', async () => {
    const fake = createFakeBridge()
    const message = 'The proxy pr.thordata.net:9999 refused the credentials (407).'
    fake.respond('proxy.test', () => fail(appError('auth', message, { retryable: false })))
    const { user } = renderView(<ProxyTestPanel input={endpoint()} />, fake)
    await user.click(screen.getByRole('button', { name: 'Test endpoint' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The test failed')
    expect(alert).toHaveTextContent(message)
    expect(screen.queryByText('The proxy works')).not.toBeInTheDocument()
  })

  it('cannot test without an input', () => {
    renderView(<ProxyTestPanel input={null} />)
    expect(screen.getByRole('button', { name: 'Test endpoint' })).toBeDisabled()
  })

  it('hides a result once the input changes', async () => {
    const fake = createFakeBridge()
    fake.respond('proxy.test', () => ok(answer))
    function Switching() {
      const [protocol, setProtocol] = useState<'http' | 'socks5h'>('http')
      return (
        <>
          <button type="button" onClick={() => setProtocol('socks5h')}>
            change
          </button>
          <ProxyTestPanel input={endpoint(protocol)} />
        </>
      )
    }
    const { user } = renderView(<Switching />, fake)
    await user.click(screen.getByRole('button', { name: 'Test endpoint' }))
    expect(await screen.findByTestId('proxy-test-ip')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'change' }))
    expect(screen.queryByTestId('proxy-test-ip')).not.toBeInTheDocument()
  })
})
