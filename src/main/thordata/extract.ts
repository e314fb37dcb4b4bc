import type { ExtractedProxy, ExtractInput } from '@shared/domain/extract'
import { AppErrorException } from '@shared/errors'
import { buildExtractUrl } from '@shared/extract-url'
import { serverMessage } from './envelope'
import { errorForCode, errorForHttpStatus, malformedReplyError } from './errors'
import { Fields, isRow, parseJsonLenient, toNumber } from './parse'
import type { Transport } from './transport'

/** The pure builder lives in src/shared so the window's preview uses the same one. */
export { buildExtractUrl }

const line = /^(\[[0-9a-fA-F:.]+\]|[^\s:[\]]+):(\d{1,5})$/

/** Thordata's extract errors by their words, for text replies that carry no number. */
const phrases: [RegExp, number][] = [
  [/request again in 2 seconds/i, 111],
  [/extracted ip is empty/i, 114],
  [/allowlist verification failed/i, 117],
  [/account is abnormal/i, 118],
  [/package has expire/i, 121],
]
const extractCodes = new Set(phrases.map(([, code]) => code))

/** Entries split on line breaks or any separator the SDKs' `sep` can set (comma, semicolon, space, pipe). */
function parseLines(text: string): ExtractedProxy[] | null {
  const lines = text
    .split(/[\r\n,;|\s]+/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const proxies: ExtractedProxy[] = []
  for (const l of lines) {
    const m = line.exec(l)
    const port = m ? Number(m[2]) : 0
    if (!m || port < 1 || port > 65535) return null
    proxies.push({ host: m[1].replace(/^\[|\]$/g, ''), port })
  }
  return proxies
}

function fromJson(payload: unknown, status: number): ExtractedProxy[] {
  const code = isRow(payload) ? toNumber(payload.code) : null
  if (isRow(payload) && (code === 0 || code === 200)) {
    const rows = Array.isArray(payload.data) ? payload.data : []
    return rows.map((row) => {
      const f = new Fields(row, 'extracted proxy')
      return { host: f.text('ip'), port: f.number('port') }
    })
  }
  if (code !== null && isRow(payload)) {
    throw new AppErrorException(errorForCode(code, serverMessage(payload)))
  }
  throw new AppErrorException(status >= 400 ? errorForHttpStatus(status) : malformedReplyError('extract link'))
}

/**
 * The extract link's reply: `IP:port` lines, or an error as JSON `{code, msg}` or as text. An empty reply is an
 * empty list.
 */
export function parseExtractReply(body: string, status: number): ExtractedProxy[] {
  const text = body.trim()
  if (text === '') {
    if (status >= 400) throw new AppErrorException(errorForHttpStatus(status))
    return []
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    let payload: unknown
    try {
      payload = parseJsonLenient(text)
    } catch {
      throw new AppErrorException(malformedReplyError('extract link'))
    }
    return fromJson(payload, status)
  }
  const proxies = status < 400 ? parseLines(text) : null
  if (proxies) return proxies
  const leading = toNumber(/^(\d{3})\b/.exec(text)?.[1])
  const code =
    leading !== null && extractCodes.has(leading) ? leading : phrases.find(([phrase]) => phrase.test(text))?.[1]
  if (code !== undefined) throw new AppErrorException(errorForCode(code, text))
  throw new AppErrorException(status >= 400 ? errorForHttpStatus(status) : malformedReplyError('extract link'))
}

export function createExtractApi(transport: Transport) {
  const linkFor = async (input: ExtractInput) => {
    const { extractBaseUrl, accountName } = await transport.extractTarget()
    return buildExtractUrl(extractBaseUrl, accountName, input)
  }
  return {
    /** The extract host and the account name the links are built with. */
    target: () => transport.extractTarget(),

    /** The link itself, e.g. to copy into another tool. */
    link: linkFor,

    async fetch(input: ExtractInput): Promise<ExtractedProxy[]> {
      return transport.getText(await linkFor(input), parseExtractReply)
    },
  }
}
