import { describe, expect, it } from 'vitest'
import { en } from './en'
import { zhCN } from './zh-CN'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [p, v] of leaves(value, path)) out.set(p, v)
  }
  return out
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort()

describe('the message catalogs', () => {
  const english = leaves(en as unknown as Tree)
  const chinese = leaves(zhCN as unknown as Tree)

  it('have the same keys in English and Simplified Chinese', () => {
    expect([...chinese.keys()].filter((k) => !english.has(k))).toEqual([])
    expect([...english.keys()].filter((k) => !chinese.has(k))).toEqual([])
  })

  it('have no empty message and the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('')
      expect(chinese.get(key)?.trim(), key).not.toBe('')
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text))
    }
  })

  it('translate rather than copy: most Chinese messages contain Chinese characters', () => {
    const untranslated = [...chinese].filter(([key, text]) => text === english.get(key) && /[a-z]{4,}/i.test(text))
    // Brand names and codes may stay as they are; whole English sentences may not.
    expect(untranslated.filter(([, text]) => /\s\w+\s/.test(text))).toEqual([])
  })
})
