import type { Preset } from '@shared/domain/presets'
import { defaultSettings } from '@shared/domain/settings'
import { ok } from '@shared/ipc/result'
import { screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { createFakeBridge } from '../../test-utils/fakeBridge'
import { renderView } from '../../test-utils/render'
import { SavePresetDialog } from './PresetDialogs'
import { PresetList } from './PresetList'

const us: Preset = {
  id: 'p1',
  name: 'US rotating',
  kind: 'extract',
  input: { product: 'residential', session: 'rotating', count: 10, country: 'US' },
}
const de: Preset = {
  id: 'p2',
  name: 'DE shop01',
  kind: 'endpoint',
  input: { product: 'residential', username: 'shop01', protocol: 'http', country: 'DE' },
  format: 'url',
}
const draft = { kind: 'extract', input: us.input } as const

function bridge() {
  const fake = createFakeBridge()
  fake.respond('presets.save', () => ok(defaultSettings))
  fake.respond('presets.rename', () => ok(defaultSettings))
  fake.respond('presets.delete', () => ok(defaultSettings))
  fake.respond('presets.setDefault', () => ok(defaultSettings))
  return fake
}

/** The dialog as a tab holds it: always mounted, opened and closed by a button. */
function Harness({ presets }: { presets: readonly Preset[] }) {
  const [opened, setOpened] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpened(true)}>
        Open
      </button>
      <SavePresetDialog opened={opened} onClose={() => setOpened(false)} title="Save" presets={presets} draft={draft} />
    </>
  )
}

describe('the preset dialogs', () => {
  it('starts "Use as the default" on for the first preset only', async () => {
    const first = renderView(<Harness presets={[]} />, bridge())
    await first.user.click(screen.getByRole('button', { name: 'Open' }))
    expect(await screen.findByRole('checkbox', { name: /Use as the default/ })).toBeChecked()
    first.unmount()

    const next = renderView(<Harness presets={[de]} />, bridge())
    await next.user.click(screen.getByRole('button', { name: 'Open' }))
    expect(await screen.findByRole('checkbox', { name: /Use as the default/ })).not.toBeChecked()
  })

  it('refuses a name another preset has (of either kind, whatever the case) on the field, and sends nothing', async () => {
    const fake = bridge()
    const { user } = renderView(<Harness presets={[de]} />, fake)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await user.type(await screen.findByRole('textbox', { name: 'Preset name' }), '  de SHOP01 ')
    await user.click(screen.getByRole('button', { name: 'Save preset' }))
    expect(screen.getByRole('textbox', { name: 'Preset name' })).toHaveAttribute('aria-invalid', 'true')
    expect(fake.callsTo('presets.save')).toEqual([])
  })

  it('starts blank each time it opens, and saves the draft with the name', async () => {
    const fake = bridge()
    const { user } = renderView(<Harness presets={[]} />, fake)
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await user.type(await screen.findByRole('textbox', { name: 'Preset name' }), 'half typed')
    await user.click(screen.getByRole('checkbox', { name: /Use as the default/ }))
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Open' }))
    expect(await screen.findByRole('textbox', { name: 'Preset name' })).toHaveValue('')
    expect(screen.getByRole('checkbox', { name: /Use as the default/ })).toBeChecked()
    await user.type(screen.getByRole('textbox', { name: 'Preset name' }), 'US ten')
    await user.click(screen.getByRole('button', { name: 'Save preset' }))
    await waitFor(() => expect(fake.callsTo('presets.save')).toHaveLength(1))
    expect(fake.callsTo('presets.save')[0]).toEqual({ ...draft, name: 'US ten', makeDefault: true })
    expect(await screen.findByText('Preset “US ten” saved')).toBeInTheDocument()
  })
})

describe('the preset list', () => {
  it('lists only its kind; Use hands the preset over; Rename and Delete go through their dialogs', async () => {
    const fake = bridge()
    const used: Preset[] = []
    const { user } = renderView(
      <PresetList presets={[us, de]} kind="endpoint" defaultId={null} onUse={(p) => used.push(p)} />,
      fake,
    )
    const list = screen.getByRole('list', { name: 'Presets' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(1)
    expect(screen.queryByText('US rotating')).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Use the preset “DE shop01”' }))
    expect(used).toEqual([de])

    await user.click(screen.getByRole('button', { name: 'More for the preset “DE shop01”' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Rename' }))
    const name = await screen.findByRole('textbox', { name: 'Preset name' })
    expect(name).toHaveValue('DE shop01')
    // Its own name is no clash; another preset's is.
    await user.clear(name)
    await user.type(name, 'us rotating')
    await user.click(screen.getByRole('button', { name: 'Rename' }))
    expect(name).toHaveAttribute('aria-invalid', 'true')
    await user.clear(name)
    await user.type(name, 'DE shop')
    await user.click(screen.getByRole('button', { name: 'Rename' }))
    await waitFor(() => expect(fake.callsTo('presets.rename')).toEqual([{ id: 'p2', name: 'DE shop' }]))

    await user.click(screen.getByRole('button', { name: 'More for the preset “DE shop01”' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Delete' }))
    const confirm = await screen.findByRole('dialog', { name: 'Delete preset “DE shop01”?' })
    expect(fake.callsTo('presets.delete')).toEqual([])
    await user.click(within(confirm).getByRole('button', { name: 'Delete preset' }))
    await waitFor(() => expect(fake.callsTo('presets.delete')).toEqual([{ id: 'p2' }]))
  })

  it('puts the default first with its badge, and offers Set as default on the others', async () => {
    const other: Preset = { ...de, id: 'p3', name: 'DE other' }
    const fake = bridge()
    const { user } = renderView(
      <PresetList presets={[de, other]} kind="endpoint" defaultId="p3" onUse={() => undefined} />,
      fake,
    )
    const items = within(screen.getByRole('list', { name: 'Presets' })).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent('DE otherDefault')
    await user.click(screen.getByRole('button', { name: 'More for the preset “DE shop01”' }))
    await user.click(await screen.findByRole('menuitem', { name: 'Set as default' }))
    await waitFor(() => expect(fake.callsTo('presets.setDefault')).toEqual([{ id: 'p2' }]))
  })
})
