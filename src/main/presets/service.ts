import { randomBytes } from 'node:crypto'
import type { EndpointFormat, ParsedEndpointInput } from '@shared/domain/endpoint'
import type { ExtractInput } from '@shared/domain/extract'
import {
  type Preset,
  type PresetKind,
  type PresetSummary,
  presetNameKey,
  presetsSetting,
  type SavePresetInput,
  savePresetInput,
} from '@shared/domain/presets'
import type { AppSettings } from '@shared/domain/settings'
import { AppErrorException, appError } from '@shared/errors'
import type { ClipboardPort } from '../core/ports'
import { t, translateIssue } from '../i18n'
import type { SessionService } from '../session/service'

export interface PresetsDeps {
  session: Pick<SessionService, 'settings' | 'updateSettings'>
  clipboard: ClipboardPort
  /** The extract link for a preset's input, built in main (src/shared/extract-url.ts via the client). */
  extractLink: (input: ExtractInput) => Promise<string>
  /** The endpoint text (src/main/endpoints): resolves the proxy user's password in main. */
  endpointText?: (input: ParsedEndpointInput, format: EndpointFormat) => Promise<string>
  newId?: () => string
}

/** `message` is a `validation:…` key, as the shared schemas carry them. */
const fieldError = (field: string, message: string) =>
  new AppErrorException(appError('validation', translateIssue(message), { field, retryable: false }))

const notFound = () =>
  new AppErrorException(appError('not-found', t('errors:presets.notFound'), { field: 'id', retryable: false }))

/**
 * Named extract links and proxy endpoints, kept in settings. Every change is one settings write (all or nothing);
 * copy builds the preset's text in main and writes it to the clipboard. Used by the window, the tray's
 * "Copy link" items and the global shortcut.
 */
export function createPresetsService(deps: PresetsDeps) {
  const newId = deps.newId ?? (() => randomBytes(6).toString('base64url'))
  const all = () => deps.session.settings().presets
  const find = (id: string) => all().find((p) => p.id === id)

  const nameTaken = (name: string, exceptId?: string) =>
    all().some((p) => p.id !== exceptId && presetNameKey(p.name) === presetNameKey(name))

  async function write(presets: Preset[], defaultPresetId: string | null): Promise<AppSettings> {
    const checked = presetsSetting.safeParse(presets)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      throw fieldError(issue.path.at(-1) === 'name' ? 'name' : 'presets', issue.message)
    }
    const valid = defaultPresetId !== null && presets.some((p) => p.id === defaultPresetId) ? defaultPresetId : null
    return deps.session.updateSettings({ ...deps.session.settings(), presets: checked.data, defaultPresetId: valid })
  }

  const textOf = async (preset: Preset): Promise<string> => {
    if (preset.kind === 'extract') return deps.extractLink(preset.input)
    if (!deps.endpointText) {
      throw new AppErrorException(appError('server', t('errors:presets.endpointUnavailable'), { retryable: false }))
    }
    return deps.endpointText(preset.input, preset.format)
  }

  return {
    /** Default first, then in the order they were saved. */
    list(): PresetSummary[] {
      const defaultId = deps.session.settings().defaultPresetId
      const rows = all().map((p) => ({ id: p.id, name: p.name, kind: p.kind, isDefault: p.id === defaultId }))
      return [...rows.filter((r) => r.isDefault), ...rows.filter((r) => !r.isDefault)]
    },

    /** Copies a preset's link (extract) or endpoint text; no id copies the default. */
    async copy(id?: string): Promise<{ kind: PresetKind; name: string }> {
      const wanted = id ?? deps.session.settings().defaultPresetId
      const preset = wanted ? find(wanted) : undefined
      if (!preset) {
        if (id === undefined) {
          throw new AppErrorException(appError('not-found', t('errors:presets.noDefault'), { retryable: false }))
        }
        throw notFound()
      }
      await deps.clipboard.writeText(await textOf(preset))
      return { kind: preset.kind, name: preset.name }
    },

    async save(input: SavePresetInput): Promise<AppSettings> {
      const parsed = savePresetInput.parse(input)
      if (nameTaken(parsed.name)) throw fieldError('name', 'validation:presets.duplicate')
      const { makeDefault, ...body } = parsed
      const preset = { id: newId(), ...body } as Preset
      const defaultId = deps.session.settings().defaultPresetId
      return write([...all(), preset], makeDefault ? preset.id : defaultId)
    },

    async rename(id: string, name: string): Promise<AppSettings> {
      if (!find(id)) throw notFound()
      if (nameTaken(name, id)) throw fieldError('name', 'validation:presets.duplicate')
      const presets = all().map((p) => (p.id === id ? { ...p, name: name.trim() } : p))
      return write(presets, deps.session.settings().defaultPresetId)
    },

    async remove(id: string): Promise<AppSettings> {
      if (!find(id)) throw notFound()
      return write(
        all().filter((p) => p.id !== id),
        deps.session.settings().defaultPresetId,
      )
    },

    async setDefault(id: string | null): Promise<AppSettings> {
      if (id !== null && !find(id)) throw notFound()
      return write(all(), id)
    },
  }
}
export type PresetsService = ReturnType<typeof createPresetsService>
