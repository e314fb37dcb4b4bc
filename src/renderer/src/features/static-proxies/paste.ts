import { isValidIp } from '@shared/domain/public-ip'

/** At most this many IPs per check: enough for any account's list, and the window's table of answers stays quick. */
export const MAX_CHECK_IPS = 1000

export interface PastedIps {
  /** The addresses to ask about, each once, in the order pasted. */
  ips: string[]
  /** What was pasted that is not an IP address, each once. */
  invalid: string[]
  repeats: number
}

const key = (ip: string) => ip.toLowerCase()

/** Reads what the user pasted: one address per line, or separated by commas, semicolons or spaces. */
export function readPastedIps(text: string): PastedIps {
  const seen = new Set<string>()
  const invalid = new Set<string>()
  const ips: string[] = []
  let repeats = 0
  for (const word of text.split(/[\s,;]+/).filter(Boolean)) {
    if (!isValidIp(word)) {
      invalid.add(word)
    } else if (seen.has(key(word))) {
      repeats++
    } else {
      seen.add(key(word))
      ips.push(word)
    }
  }
  return { ips, invalid: [...invalid], repeats }
}
