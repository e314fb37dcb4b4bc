import { z } from 'zod'
import { endpointFormat, endpointInput } from './endpoint'
import { extractInput } from './extract'

export const MAX_PRESETS = 50
export const MAX_PRESET_NAME = 40

export const presetName = z
  .string({ error: 'validation:presets.nameRequired' })
  .trim()
  .min(1, 'validation:presets.nameRequired')
  .max(MAX_PRESET_NAME, 'validation:presets.nameTooLong')

const presetId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'validation:presets.id')

/** A named extract link (the builder's form) or proxy endpoint (the generator's form and copy format). */
export const preset = z.discriminatedUnion('kind', [
  z.object({ id: presetId, name: presetName, kind: z.literal('extract'), input: extractInput }),
  z.object({
    id: presetId,
    name: presetName,
    kind: z.literal('endpoint'),
    input: endpointInput,
    format: endpointFormat,
  }),
])
export type Preset = z.infer<typeof preset>
export type PresetKind = Preset['kind']

/** Names are told apart the way a person reads them: case and surrounding spaces do not count. */
export const presetNameKey = (name: string) => name.trim().toLocaleLowerCase('en')

/** Kept in settings (never the keychain: a preset holds no secret, only a proxy user's name). */
export const presetsSetting = z
  .array(preset)
  .max(MAX_PRESETS, 'validation:presets.tooMany')
  .superRefine((list, ctx) => {
    const seen = new Set<string>()
    list.forEach((entry, index) => {
      const key = presetNameKey(entry.name)
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index, 'name'], message: 'validation:presets.duplicate' })
      seen.add(key)
    })
  })

/** What the tray and the window list: default first. */
export interface PresetSummary {
  id: string
  name: string
  kind: PresetKind
  isDefault: boolean
}

export const savePresetInput = z.discriminatedUnion('kind', [
  z.object({ name: presetName, kind: z.literal('extract'), input: extractInput, makeDefault: z.boolean().optional() }),
  z.object({
    name: presetName,
    kind: z.literal('endpoint'),
    input: endpointInput,
    format: endpointFormat,
    makeDefault: z.boolean().optional(),
  }),
])
export type SavePresetInput = z.input<typeof savePresetInput>

export const renamePresetInput = z.object({ id: presetId, name: presetName })
export const presetIdInput = z.object({ id: presetId })
export const setDefaultPresetInput = z.object({ id: presetId.nullable() })
/** Copy a preset's link or endpoint; no id = the default preset. */
export const copyPresetInput = z.object({ id: presetId.optional() })
