import { renderView } from '@renderer/test-utils/render'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { FitNumber, fitFontSize } from './FitNumber'

const preferred = (css: string) => Number(/\/ ([\d.]+)\)/.exec(css)?.[1])

describe('FitNumber', () => {
  it('gives a longer figure a smaller size, within the bounds', () => {
    const short = fitFontSize('$12', 32, 18)
    const long = fitFontSize('$1,234,567,890.50', 32, 18)
    expect(preferred(long)).toBeGreaterThan(preferred(short))
    expect(long).toMatch(/^clamp\(18px, .*, 32px\)$/)
  })

  it('shows the whole figure, and keeps it in the title if it still has to be cut', () => {
    renderView(<FitNumber>{'1,234,567.89 GB'}</FitNumber>)
    const figure = screen.getByText('1,234,567.89 GB')
    expect(figure).toHaveAttribute('title', '1,234,567.89 GB')
    expect(figure.parentElement).toHaveStyle({ containerType: 'inline-size' })
  })
})
