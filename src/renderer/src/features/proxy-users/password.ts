/** Letters and digits that cannot be mistaken for each other (no I/l/1, O/0) when read off a screen and typed in. */
const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const digits = '23456789'
const alphabet = letters + digits

export const GENERATED_PASSWORD_LENGTH = 12

/** An unbiased index into an alphabet of `size` characters (rejection sampling, so no character is favoured). */
function randomIndex(size: number): number {
  const word = new Uint32Array(1)
  const limit = Math.floor(0x1_0000_0000 / size) * size
  do {
    crypto.getRandomValues(word)
  } while (word[0] >= limit)
  return word[0] % size
}

const pick = (chars: string) => chars[randomIndex(chars.length)]

/**
 * A password Thordata accepts (6–15 letters and digits, starting with a letter), 12 characters long, with upper
 * and lower case and a digit so it also satisfies proxy clients that insist on mixed characters.
 */
export function generatePassword(): string {
  for (;;) {
    const rest = Array.from({ length: GENERATED_PASSWORD_LENGTH - 1 }, () => pick(alphabet))
    const password = pick(letters) + rest.join('')
    if (/[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password)) return password
  }
}
