import type { Handlers } from '../ipc/dispatch'
import type { PresetsService } from '../presets/service'

/** The window's preset changes; each answers with the settings it saved (presets live there). */
export function presetHandlers(presets: PresetsService) {
  return {
    'presets.save': (input) => presets.save(input),
    'presets.rename': ({ id, name }) => presets.rename(id, name),
    'presets.delete': ({ id }) => presets.remove(id),
    'presets.setDefault': ({ id }) => presets.setDefault(id),
  } satisfies Partial<Handlers>
}
