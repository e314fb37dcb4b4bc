import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

const columns = [{ header: 'value', csv: (row: { v: string }) => row.v }]
const cell = (v: string) => toCsv([{ v }], columns).split('\r\n').slice(1).join('\r\n')

describe('toCsv', () => {
  it('never lets a spreadsheet run a cell as a formula, a multi-line one included', () => {
    expect(cell('=1+1')).toBe(`"'=1+1"`)
    expect(cell('=cmd|x\nrest')).toBe(`"'=cmd|x\nrest"`)
    expect(cell('+SUM(A1)')).toBe(`"'+SUM(A1)"`)
    expect(cell('@x')).toBe(`"'@x"`)
    expect(cell('\n=2')).toBe(`"'\n=2"`)
  })

  it('quotes commas, quotes and line breaks and leaves plain text alone', () => {
    expect(cell('Dallas')).toBe('Dallas')
    expect(cell('São Paulo, SP')).toBe('"São Paulo, SP"')
    expect(cell('say "hi"')).toBe('"say ""hi"""')
  })
})
