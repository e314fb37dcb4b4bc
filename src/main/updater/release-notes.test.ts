import { describe, expect, it } from 'vitest'
import { plainReleaseNotes } from './release-notes'

describe('plainReleaseNotes', () => {
  it('turns GitHub HTML into lines of text without tags', () => {
    expect(plainReleaseNotes('<h2>What&#39;s new</h2><ul><li>Faster tray</li><li>CDK &amp; ISP tabs</li></ul>')).toBe(
      "What's new\n• Faster tray\n• CDK & ISP tabs",
    )
  })

  it('decodes numeric entities, as GitHub writes quotes and dashes', () => {
    expect(plainReleaseNotes('<p>Don&#8217;t wait &#x2014; it&#39;s here &amp; ready</p>')).toBe(
      "Don’t wait — it's here & ready",
    )
  })

  it('keeps plain text as written and never lets markup through', () => {
    expect(plainReleaseNotes('Fixes the tray.\n\nSee the changelog.')).toBe('Fixes the tray.\n\nSee the changelog.')
    expect(plainReleaseNotes('<img src=x onerror=alert(1)>Safe')).toBe('Safe')
  })

  it('joins a full changelog, version by version', () => {
    expect(
      plainReleaseNotes([
        { version: '0.3.0', note: 'CDK tab' },
        { version: '0.2.0', note: null },
        { version: '0.2.1', note: '<p>Tray fix</p>' },
      ]),
    ).toBe('0.3.0\nCDK tab\n\n0.2.1\nTray fix')
  })

  it('says nothing when there are no notes, and cuts very long ones', () => {
    expect(plainReleaseNotes(null)).toBeNull()
    expect(plainReleaseNotes('  <p></p> ')).toBeNull()
    const long = plainReleaseNotes('x'.repeat(10_000))
    expect(long?.length).toBe(4_001)
    expect(long?.endsWith('…')).toBe(true)
  })
})
