import { z } from 'zod'

/**
 * Electron accelerators (https://www.electronjs.org/docs/latest/api/accelerator): modifiers joined with `+`,
 * then one key. A global shortcut needs at least one modifier (F-keys aside): a bare key would be taken from
 * every other application.
 */
const MODIFIERS = [
  'Command',
  'Cmd',
  'Control',
  'Ctrl',
  'CommandOrControl',
  'CmdOrCtrl',
  'Alt',
  'Option',
  'AltGr',
  'Shift',
  'Super',
  'Meta',
] as const
const NAMED_KEYS = [
  'Plus',
  'Space',
  'Tab',
  'Backspace',
  'Delete',
  'Insert',
  'Return',
  'Enter',
  'Up',
  'Down',
  'Left',
  'Right',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Escape',
  'Esc',
]
const PUNCTUATION = [
  ')',
  '!',
  '@',
  '#',
  '$',
  '%',
  '^',
  '&',
  '*',
  '(',
  ':',
  ';',
  '<',
  '=',
  '>',
  '?',
  '_',
  '-',
  ',',
  '.',
  '/',
  '~',
  '`',
  '{',
  ']',
  '[',
  '|',
  '\\',
  '}',
  '"',
  "'",
]

const lower = (list: readonly string[]) => new Set(list.map((entry) => entry.toLowerCase()))
const modifierSet = lower(MODIFIERS)
const namedKeySet = lower(NAMED_KEYS)

function isKey(part: string): boolean {
  if (/^[a-z0-9]$/i.test(part)) return true
  if (/^f([1-9]|1[0-9]|2[0-4])$/i.test(part)) return true
  return namedKeySet.has(part.toLowerCase()) || PUNCTUATION.includes(part)
}

export type AcceleratorProblem = 'empty' | 'noKey' | 'twoKeys' | 'unknownPart' | 'noModifier' | 'repeated'

/** Why an accelerator cannot be registered, or null when it can. */
export function acceleratorProblem(value: string): AcceleratorProblem | null {
  const text = value.trim()
  if (!text) return 'empty'
  const parts = text.split('+').map((part) => part.trim())
  // "Ctrl++" is not a thing in Electron's syntax: the plus key is spelled "Plus".
  if (parts.some((part) => part === '')) return 'unknownPart'
  const modifiers = parts.filter((part) => modifierSet.has(part.toLowerCase()))
  const keys = parts.filter((part) => !modifierSet.has(part.toLowerCase()))
  if (keys.some((key) => !isKey(key))) return 'unknownPart'
  if (keys.length === 0) return 'noKey'
  if (keys.length > 1) return 'twoKeys'
  if (new Set(modifiers.map((m) => m.toLowerCase())).size !== modifiers.length) return 'repeated'
  if (modifiers.length === 0 && !/^f\d+$/i.test(keys[0])) return 'noModifier'
  return null
}

export const DEFAULT_ACCELERATOR = 'CommandOrControl+Shift+L'

export const acceleratorSetting = z
  .string()
  .trim()
  .max(100, 'validation:shortcut.unknownPart')
  .superRefine((value, ctx) => {
    const problem = acceleratorProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: `validation:shortcut.${problem}` })
  })

/** Off by default: a global shortcut takes its keys from every other application. */
export const globalShortcutSetting = z.object({ enabled: z.boolean(), accelerator: acceleratorSetting })
export type GlobalShortcutSetting = z.infer<typeof globalShortcutSetting>
