import { proxyPassword } from '@shared/domain/proxy-users'
import { describe, expect, it } from 'vitest'
import { GENERATED_PASSWORD_LENGTH, generatePassword } from './password'

describe('generated passwords', () => {
  it('are always accepted by Thordata’s rules, mixed-case with a digit, and unambiguous to read', () => {
    const passwords = Array.from({ length: 500 }, generatePassword)
    for (const password of passwords) {
      expect(password).toHaveLength(GENERATED_PASSWORD_LENGTH)
      expect(proxyPassword.safeParse(password).success).toBe(true)
      expect(password).toMatch(/[a-z]/)
      expect(password).toMatch(/[A-Z]/)
      expect(password).toMatch(/\d/)
      expect(password).not.toMatch(/[Il1O0]/)
    }
    expect(new Set(passwords).size).toBe(passwords.length)
  })
})
