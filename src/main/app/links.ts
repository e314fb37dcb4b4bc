import { AppErrorException, appError } from '@shared/errors'
import { t } from '../i18n'

const refuse = () => new AppErrorException(appError('validation', t('errors:address.httpsLinksOnly'), { field: 'url' }))

/**
 * The only way a URL reaches the OS browser. Anything but a plain https URL is refused: javascript:, file: and
 * custom schemes run code or open local files, http: can be rewritten on the way, and user:pass@ hides the real host.
 */
export async function openExternalSafe(value: unknown, open: (url: string) => Promise<void>): Promise<void> {
  if (typeof value !== 'string') throw refuse()
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    throw refuse()
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.hostname === '') throw refuse()
  await open(url.href)
}
