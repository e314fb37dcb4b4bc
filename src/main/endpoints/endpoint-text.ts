import {
  type EndpointFormat,
  type EndpointProduct,
  type EndpointTexts,
  endpointFormats,
  endpointInput,
  endpointParts,
  formatEndpoint,
  type ParsedEndpointInput,
} from '@shared/domain/endpoint'
import { AppErrorException, appError } from '@shared/errors'
import type { z } from 'zod'
import { t, translateIssue } from '../i18n'

/** What building an endpoint needs from main: the proxy user's password (never from the renderer) and curl's target. */
export interface EndpointDeps {
  /** The proxy user's password as Thordata lists it; throws a field error when there is no such user. */
  password(product: EndpointProduct, username: string): Promise<string>
  /** The URL a copied `curl -x …` command asks for (settings.ipEchoUrl). */
  curlTarget(): string
}

/** Parses an endpoint input that may come from anywhere (a preset on disk, the tray); bad input is a field error. */
export function parseEndpointInput(input: z.input<typeof endpointInput>): ParsedEndpointInput {
  const parsed = endpointInput.safeParse(input)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw new AppErrorException(
    appError('validation', issue ? translateIssue(issue.message) : t('errors:ipc.invalidRequest'), {
      field: issue?.path.map(String).join('.') || undefined,
      retryable: false,
    }),
  )
}

/**
 * The endpoint as text to copy, with the real password: `host:port:user:pass`, a proxy URL, or a curl command.
 * Used by `endpoints.copy`, `endpoints.reveal` and the presets service (tray, global shortcut).
 */
export async function endpointText(
  deps: EndpointDeps,
  input: z.input<typeof endpointInput>,
  format: EndpointFormat,
): Promise<string> {
  const parsed = parseEndpointInput(input)
  const password = await deps.password(parsed.product, parsed.username)
  return formatEndpoint(endpointParts(parsed), password, format, deps.curlTarget())
}

/** Every format at once (one password lookup), for "Show password". */
export async function endpointTexts(deps: EndpointDeps, input: z.input<typeof endpointInput>): Promise<EndpointTexts> {
  const parsed = parseEndpointInput(input)
  const password = await deps.password(parsed.product, parsed.username)
  const parts = endpointParts(parsed)
  const target = deps.curlTarget()
  return Object.fromEntries(
    endpointFormats.map((format) => [format, formatEndpoint(parts, password, format, target)]),
  ) as EndpointTexts
}
