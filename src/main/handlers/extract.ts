import {
  type ExtractInput,
  type ExtractRefusalCode,
  type ExtractTestResult,
  extractRefusalCodes,
} from '@shared/domain/extract'
import { AppErrorException } from '@shared/errors'
import type { ClipboardPort } from '../core/ports'
import type { Handlers } from '../ipc/dispatch'
import type { HandedOut } from '../proxy-test/handed-out'
import type { SessionService } from '../session/service'
import type { ThordataClient } from '../thordata'

const refusals = new Set<number>(extractRefusalCodes)

/** The address a 117 names: the only IP in its message (Thordata's words, or ours around the IP it sent). */
function ipIn(message: string): string | null {
  const v4 = /\b(\d{1,3}(?:\.\d{1,3}){3})\b/.exec(message)?.[1]
  if (v4) return v4
  return /(?:^|[\s[(（])([0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{0,4}){2,7})(?=$|[\s\])）,.，。])/.exec(message)?.[1] ?? null
}

export interface ExtractHandlerDeps {
  client: Pick<ThordataClient, 'extract' | 'unlimited'>
  session: Pick<SessionService, 'noteAccountName'>
  clipboard: ClipboardPort
  /** Where the entries a test returned are noted, so the proxy tester may connect to them (and only them). */
  handedOut: Pick<HandedOut, 'remember'>
}

/**
 * The extract-link builder's calls. Main builds every link itself from the form's fields (the window's preview
 * is only a preview); copying writes it to the clipboard, testing fetches it once and reads the list or the
 * link's refusal. A 118 marks the account name wrong for Settings and the header; a list clears that.
 */
export function extractHandlers({ client, session, clipboard, handedOut }: ExtractHandlerDeps) {
  const test = async (input: ExtractInput): Promise<ExtractTestResult> => {
    const { accountName } = await client.extract.target()
    try {
      const proxies = await client.extract.fetch(input)
      session.noteAccountName(accountName, true)
      handedOut.remember(input.product, proxies)
      return { outcome: 'ok', proxies }
    } catch (error) {
      const code = error instanceof AppErrorException ? error.appError.code : undefined
      if (code === undefined || !refusals.has(code)) throw error
      if (code === 118) session.noteAccountName(accountName, false)
      const { message } = (error as AppErrorException).appError
      return { outcome: 'refused', code: code as ExtractRefusalCode, message, ip: code === 117 ? ipIn(message) : null }
    }
  }
  return {
    'extract.target': async () => {
      const target = await client.extract.target()
      return { baseUrl: target.extractBaseUrl, accountName: target.accountName }
    },
    'extract.copy': async (input) => {
      await clipboard.writeText(await client.extract.link(input))
    },
    'extract.test': test,
  } satisfies Partial<Handlers>
}
