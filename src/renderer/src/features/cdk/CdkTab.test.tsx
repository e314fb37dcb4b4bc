import { toBytes } from '@shared/traffic'
import { act, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderView } from '../../test-utils/render'
import { giveTableAViewport } from '../proxy-users/fixtures'
import CdkTab from './CdkTab'
import { cdkBridge, redeemed, revoked, waiting, waiting2 } from './fixtures'

giveTableAViewport()

const rows = () => screen.getAllByRole('row').filter((row) => row.hasAttribute('data-row-index'))
const codesShown = () => rows().map((row) => within(row).getAllByRole('cell')[0].textContent)

async function openTab(fake = cdkBridge()) {
  const view = renderView(<CdkTab />, fake)
  await screen.findByRole('table', { name: 'CDK codes' })
  return view
}

describe('CDK tab: the list', () => {
  it('shows every code newest first, the balance and the traffic still waiting in unused codes', async () => {
    await openTab()
    expect(codesShown()).toEqual([waiting.code, waiting2.code, redeemed.code, revoked.code])
    const summary = screen.getByRole('region', { name: 'Traffic in CDK codes' })
    expect(summary).toHaveTextContent('40.00 GB')
    expect(summary).toHaveTextContent('In 2 unused codes15.00 GB')
    expect(within(rows()[2]).getByText('Redeemed')).toBeInTheDocument()
    expect(rows()[0]).toHaveTextContent('90 days')
  })

  it('filters by status, with the count of each, and searches by code', async () => {
    const { user } = await openTab()
    expect(screen.getByText('All 4')).toBeInTheDocument()
    await user.click(screen.getByText('Unused 2'))
    expect(codesShown()).toEqual([waiting.code, waiting2.code])
    await user.click(screen.getByText('Revoked 1'))
    expect(codesShown()).toEqual([revoked.code])
    await user.click(screen.getByText('All 4'))
    await user.type(screen.getByRole('textbox', { name: 'Search codes' }), 'USED')
    expect(codesShown()).toEqual([redeemed.code])
  })

  it('offers Revoke only on unused codes', async () => {
    await openTab()
    expect(screen.getByRole('button', { name: `Revoke ${waiting.code}` })).toBeEnabled()
    expect(screen.getByRole('button', { name: `Revoke ${redeemed.code}` })).toBeDisabled()
    expect(screen.getByRole('button', { name: `Revoke ${revoked.code}` })).toBeDisabled()
  })

  it('says how many rows Thordata sent that could not be read', async () => {
    const fake = cdkBridge()
    fake.respond('cdk.list', () => ({ ok: true, value: { cdks: [waiting], skipped: 2 } }))
    await openTab(fake)
    expect(
      screen.getByText('Thordata sent 2 codes this app could not read; they are left out of the list.'),
    ).toBeInTheDocument()
  })

  it('invites a first code when there is none', async () => {
    renderView(<CdkTab />, cdkBridge([]))
    expect(await screen.findByText('No CDK codes yet')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Create codes' })).toBeInTheDocument()
  })
})

describe('CDK tab: details and revoking', () => {
  it('shows who redeemed a code and when, and no Revoke for it', async () => {
    const { user } = await openTab()
    await user.click(screen.getByRole('button', { name: `Details of ${redeemed.code}` }))
    const dialog = await screen.findByRole('dialog', { name: `Code ${redeemed.code}` })
    expect(await within(dialog).findByText('buyer01')).toBeInTheDocument()
    expect(dialog).toHaveTextContent('Redeemed on')
    expect(dialog).toHaveTextContent('90 days')
    expect(within(dialog).queryByRole('button', { name: 'Revoke' })).not.toBeInTheDocument()
  })

  it('revokes after a confirmation that names the traffic going back; the row and the balance follow', async () => {
    const fake = cdkBridge()
    const { user } = await openTab(fake)
    await user.click(screen.getByRole('button', { name: `Revoke ${waiting2.code}` }))
    const dialog = await screen.findByRole('dialog', { name: `Revoke code ${waiting2.code}?` })
    expect(dialog).toHaveTextContent('its 10.00 GB goes back to your traffic balance')
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus())
    await user.click(within(dialog).getByRole('button', { name: `Revoke ${waiting2.code}` }))

    expect(await screen.findByText(`Revoked ${waiting2.code}`)).toBeInTheDocument()
    expect(fake.callsTo('cdk.revoke')).toEqual([{ cdk: waiting2.code }])
    await waitFor(() => expect(within(rows()[1]).getByText('Revoked')).toBeInTheDocument())
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Traffic in CDK codes' })).toHaveTextContent('50.00 GB'),
    )
  })

  it('keeps a refused revoke in its dialog, saying why, and the row as it was', async () => {
    const fake = cdkBridge()
    fake.respond('cdk.revoke', () => ({
      ok: false,
      error: { kind: 'validation', code: 10000, message: 'Thordata rejected it', retryable: false },
    }))
    const { user } = await openTab(fake)
    await user.click(screen.getByRole('button', { name: `Revoke ${waiting.code}` }))
    const dialog = await screen.findByRole('dialog', { name: `Revoke code ${waiting.code}?` })
    await user.click(within(dialog).getByRole('button', { name: `Revoke ${waiting.code}` }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Thordata rejected it')
    expect(within(rows()[0]).getByText('Unused')).toBeInTheDocument()
  })
})

const GB = toBytes(1, 'GB')

describe('CDK tab: creating', () => {
  async function fill(user: ReturnType<typeof renderView>['user'], traffic: string, count: string) {
    await user.click(screen.getByRole('button', { name: 'Create codes' }))
    const dialog = await screen.findByRole('dialog', { name: 'Create CDK codes' })
    const trafficField = within(dialog).getByLabelText('Traffic per code')
    const countField = within(dialog).getByLabelText('Number of codes')
    await user.clear(trafficField)
    if (traffic) await user.type(trafficField, traffic)
    await user.clear(countField)
    if (count) await user.type(countField, count)
    return dialog
  }

  it('states the unit and its inference, and puts bad values on their fields without sending', async () => {
    const fake = cdkBridge()
    const { user } = await openTab(fake)
    const dialog = await fill(user, '', '')
    expect(dialog).toHaveTextContent('Unit: GB')
    expect(dialog).toHaveTextContent("Thordata's documentation does not name the unit")
    await user.click(within(dialog).getByRole('button', { name: 'Review' }))
    expect(within(dialog).getByLabelText('Traffic per code')).toHaveAttribute('aria-invalid', 'true')
    expect(within(dialog).getByLabelText('Number of codes')).toHaveAttribute('aria-invalid', 'true')
    expect(dialog).toHaveTextContent('Enter the traffic for each code')
    expect(fake.callsTo('cdk.create')).toHaveLength(0)
  })

  it('confirms the total against the balance, sends one order for a double click, and shows the codes', async () => {
    const fake = cdkBridge()
    const { user } = await openTab(fake)
    const dialog = await fill(user, '5', '3')
    expect(dialog).toHaveTextContent('In all: 3 × 5.00 GB = 15.00 GB from your traffic balance')
    await user.click(within(dialog).getByRole('button', { name: 'Review' }))
    const confirm = await screen.findByRole('dialog', { name: 'Create 3 codes of 5.00 GB?' })
    expect(confirm).toHaveTextContent('15.00 GB will be taken from your traffic balance now')
    expect(confirm).toHaveTextContent('Traffic balance now: 40.00 GB · after: 25.00 GB')
    expect(fake.callsTo('cdk.create')).toHaveLength(0)

    // Both clicks land before React re-renders with the button busy, and before Thordata answers.
    const answer = fake.answerLater('cdk.create')
    const button = within(confirm).getByRole('button', { name: 'Create 3 codes' })
    act(() => {
      button.click()
      button.click()
    })
    answer()
    const done = await screen.findByRole('dialog', { name: '3 codes created' })
    expect(fake.callsTo('cdk.create')).toEqual([{ trafficBytes: 5 * GB, count: 3 }])
    const list = within(done).getByRole('list', { name: 'New codes' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['NEW0001zzzz', 'NEW0002zzzz', 'NEW0003zzzz'])
    await user.click(within(done).getByRole('button', { name: 'Copy all 3 new codes' }))
    await waitFor(() =>
      expect(fake.callsTo('app.copyText')).toEqual([{ text: 'NEW0001zzzz\nNEW0002zzzz\nNEW0003zzzz' }]),
    )
    await user.click(within(done).getByRole('button', { name: 'Done' }))
    // The list and the balance refresh.
    await waitFor(() => expect(codesShown()).toContain('NEW0002zzzz'))
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Traffic in CDK codes' })).toHaveTextContent('25.00 GB'),
    )
  })

  it('goes back to the form as typed when Thordata refuses, saying why', async () => {
    const fake = cdkBridge()
    fake.respond('cdk.create', () => ({
      ok: false,
      error: { kind: 'conflict', code: 10017, message: 'Your traffic balance is too low', retryable: false },
    }))
    const { user } = await openTab(fake)
    const dialog = await fill(user, '9', '2')
    await user.click(within(dialog).getByRole('button', { name: 'Review' }))
    await user.click(await screen.findByRole('button', { name: 'Create 2 codes' }))
    const form = await screen.findByRole('dialog', { name: 'Create CDK codes' })
    expect(await within(form).findByRole('alert')).toHaveTextContent('Your traffic balance is too low')
    expect(within(form).getByLabelText('Traffic per code')).toHaveValue('9')
    expect(within(form).getByLabelText('Number of codes')).toHaveValue('2')
  })

  it('puts a refusal about the count under the count field; a lost answer says to look at the list first', async () => {
    const fake = cdkBridge()
    fake.respond('cdk.create', () => ({
      ok: false,
      error: { kind: 'validation', code: 10012, field: 'count', message: 'Too many at once', retryable: false },
    }))
    const { user } = await openTab(fake)
    const dialog = await fill(user, '1', '500')
    await user.click(within(dialog).getByRole('button', { name: 'Review' }))
    await user.click(await screen.findByRole('button', { name: 'Create 500 codes' }))
    const form = await screen.findByRole('dialog', { name: 'Create CDK codes' })
    await waitFor(() => expect(within(form).getByLabelText('Number of codes')).toHaveAttribute('aria-invalid', 'true'))
    expect(form).toHaveTextContent('Too many at once')

    // What main sends when a 5xx or an unreadable reply lost the answer: kind server, outcome unknown.
    fake.respond('cdk.create', () => ({
      ok: false,
      error: { kind: 'server', code: 502, outcome: 'unknown', message: 'The answer was lost.', retryable: false },
    }))
    await user.clear(within(form).getByLabelText('Number of codes'))
    await user.type(within(form).getByLabelText('Number of codes'), '2')
    await user.click(within(form).getByRole('button', { name: 'Review' }))
    await user.click(await screen.findByRole('button', { name: 'Create 2 codes' }))
    const alert = await within(form).findByRole('alert')
    expect(alert).toHaveTextContent('Not known whether the codes were created')
    expect(alert).toHaveTextContent('The answer was lost.')
    expect(alert).toHaveTextContent(/Look at the list of codes/)
    expect(form).not.toHaveTextContent('The codes were not created')
  })

  it('after an unknown outcome creates nothing more until the user says the list does not show it, even reopened', async () => {
    const fake = cdkBridge()
    fake.respond('cdk.create', () => ({
      ok: false,
      error: { kind: 'server', code: 424242, outcome: 'unknown', message: 'Unknown code 424242.', retryable: false },
    }))
    const { user } = await openTab(fake)
    const balanceReads = fake.callsTo('account.trafficBalance').length
    const listReads = fake.callsTo('cdk.list').length
    let dialog = await fill(user, '1', '1')
    await user.click(within(dialog).getByRole('button', { name: 'Review' }))
    await user.click(await screen.findByRole('button', { name: 'Create 1 code' }))
    await within(dialog).findByRole('alert')
    // The codes may have been made and the traffic taken: the list and the balance are read again.
    await waitFor(() => expect(fake.callsTo('account.trafficBalance').length).toBeGreaterThan(balanceReads))
    await waitFor(() => expect(fake.callsTo('cdk.list').length).toBeGreaterThan(listReads))

    // Closing and opening again does not lift the gate.
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    dialog = await fill(user, '1', '1')
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Unknown code 424242.')
    await user.click(within(dialog).getByRole('button', { name: 'Review' }))
    const confirm = await screen.findByRole('dialog', { name: 'Create 1 code of 1.00 GB?' })
    const create = within(confirm).getByRole('button', { name: 'Create 1 code' })
    expect(create).toBeDisabled()
    await user.click(create)
    expect(fake.callsTo('cdk.create')).toHaveLength(1)

    await user.click(within(confirm).getByRole('checkbox', { name: /I checked the list of codes/ }))
    expect(create).toBeEnabled()
    fake.respond('cdk.create', () => ({ ok: true, value: { codes: ['NEW0001zzzz'] } }))
    await user.click(create)
    expect(await screen.findByRole('dialog', { name: '1 code created' })).toBeInTheDocument()
    expect(fake.callsTo('cdk.create')).toHaveLength(2)
  })
})
