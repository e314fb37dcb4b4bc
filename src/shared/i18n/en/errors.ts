/**
 * The `errors` namespace: what main says when something fails. `codes` are Thordata's payload codes (10000–10021)
 * and the extract-link codes (111–121); `http` the HTTP statuses used when a body carries no code. A `…Quoted`
 * variant carries Thordata's own words (`{{quoted}}`, already in quotes) when it sent any worth showing.
 */
export const errors = {
  codes: {
    '10000': 'Thordata rejected one of the values sent. Check the form and try again.',
    '10000Quoted': 'Thordata rejected one of the values sent: {{quoted}}. Check the form and try again.',
    '10001': 'Thordata did not accept that duration. Choose another period and try again.',
    '10001Quoted':
      'Thordata did not accept the request: {{quoted}}. Check the duration and the other values, then try again.',
    '10002': 'Thordata did not understand the region. Pick it again from the list.',
    '10003': 'Thordata did not accept that quantity. Enter a whole number and try again.',
    '10004': 'That region does not exist or is offline. Choose another region.',
    '10005': 'Thordata has no stock left in that region right now. Choose another region or try again later.',
    '10006': 'Thordata rejected the price or amount. Reload to get current prices, then try again.',
    '10007': 'This IP is offline and can no longer be renewed.',
    '10008': 'Your wallet balance is too low for this. Top up your wallet in the Thordata dashboard, then try again.',
    '10009': 'The purchase did not go through. Check your orders in the Thordata dashboard, then try again.',
    '10010': 'Thordata does not know that IP. Check the address and try again.',
    '10011': 'Thordata is asking for fewer requests right now. Wait a few seconds, then try again.',
    '10012': 'That is more than Thordata allows in one purchase. Lower the quantity.',
    '10013': 'Thordata rejected the token. Copy it again from Dashboard → My Account.',
    '10014':
      'Thordata rejected the key. Copy it again from Dashboard → My Account; it changes whenever someone resets it.',
    '10015': 'Usernames must be 6–15 letters or digits, nothing else.',
    '10016': 'Passwords must be 6–15 letters or digits and start with a letter.',
    '10017': 'Your account has no balance for this. Recharge in the Thordata dashboard first, then try again.',
    '10018': 'That username is already taken. Choose another one.',
    '10019':
      'You have reached your plan’s limit (of proxy users or whitelisted IPs). Remove one before adding another.',
    '10020': 'Thordata has no proxy user with that name. Reload the list; it may have been deleted or renamed.',
    '10021': 'Thordata reports usage for at most 180 days at a time. Choose a shorter range.',
    '111': 'Thordata allows one extraction every 2 seconds. Wait a moment and try again.',
    '114': 'No proxies match these filters right now. Try another country or session type.',
    '117': "This computer's IP is not on the whitelist for this product. Add it under Whitelist, then try again.",
    '117Ip':
      "This computer's IP ({{ip}}) is not on the whitelist for this product. Add it under Whitelist, then try again.",
    '118': 'Thordata does not recognise the account name. Check it against Dashboard → My Account.',
    '121': 'Your unlimited plan has expired. Renew it to extract proxies again.',
    unknown:
      'Thordata answered with error code {{code}}, which the app does not know. Try again; if it persists, contact Thordata support and quote the code.',
    unknownQuoted:
      'Thordata answered with error code {{code}} ({{quoted}}), which the app does not know. Try again; if it persists, contact Thordata support and quote the code.',
  },
  http: {
    '400': 'Thordata rejected the request (HTTP 400). Check the values and try again.',
    '401': 'Thordata refused the credentials (HTTP 401). Check the token and key against Dashboard → My Account.',
    '402': 'Thordata is limiting requests (HTTP 402). Wait a few seconds, then try again.',
    '403': 'Thordata refused access (HTTP 403). Check the token and key against Dashboard → My Account.',
    '404': 'Thordata does not know this address (HTTP 404). Check the API address in Settings.',
    '422': 'Thordata could not process the values sent (HTTP 422). Check them and try again.',
    '429': 'Thordata is asking for fewer requests (HTTP 429). Wait a few seconds, then try again.',
    '500': 'Thordata had an internal error (HTTP 500). Try again in a moment.',
    '502': 'Thordata is not reachable behind its gateway (HTTP 502). Try again in a moment.',
    '503': 'Thordata is temporarily unavailable (HTTP 503). Try again in a moment.',
    '504': 'Thordata took too long behind its gateway (HTTP 504). Try again in a moment.',
    otherServer: 'Thordata had a problem (HTTP {{status}}). Try again in a moment.',
    otherClient: 'Thordata refused the request (HTTP {{status}}). Check the values and try again.',
  },
  network: {
    timeout: 'Thordata did not answer within {{span}}. Try again in a moment.',
    unreachable:
      'Could not reach Thordata at {{host}}. Check your internet connection, or the API address in Settings.',
    connectionLost: 'The connection to Thordata at {{host}} was interrupted. Try again in a moment.',
    deadline:
      'Thordata did not answer within {{span}} ({{tries}}), so the app stopped waiting. Check your internet connection and try again in a moment.',
    attempts_one: '{{count}} attempt',
    attempts_other: '{{count}} attempts',
  },
  reply: {
    malformed:
      'Thordata sent a reply the app could not read. Try again; if it keeps happening, the API may have changed.',
    malformedDetail:
      'Thordata sent a reply the app could not read ({{detail}}). Try again; if it keeps happening, the API may have changed.',
    tooLarge:
      'Thordata sent a reply larger than {{size}}, more than any real list needs, so the app stopped reading it. Try again later; if it keeps happening, contact Thordata support.',
    outcomeUnknown: '{{message}} The change may or may not have been made: reload to check before trying again.',
  },
  redirect: {
    unknownTarget:
      "Thordata's API address answered with a redirect{{how}}, which the app does not follow, so your token and key were not sent anywhere else and nothing was sent again. If you were changing something, reload to check whether it was made. If this keeps happening, check the API address in Settings.",
    toTarget:
      'Thordata at {{host}} answered with a redirect to {{target}}{{how}}. The app does not follow redirects, so your token and key were not sent there and nothing was sent again. If you were changing something, reload to check whether it was made. If this keeps happening, check the API address in Settings.',
    sameTarget:
      'Thordata at {{host}} answered with a redirect to another address{{how}}. The app does not follow redirects, so your token and key were not sent there and nothing was sent again. If you were changing something, reload to check whether it was made. If this keeps happening, check the API address in Settings.',
  },
  credentials: {
    unsendableToken:
      'The saved token contains a character that cannot be sent to Thordata (such as an emoji, a curly quote or a letter outside Latin-1), so nothing was sent. Sign out, then paste the token again from Dashboard → My Account.',
    unsendableKey:
      'The saved key contains a character that cannot be sent to Thordata (such as an emoji, a curly quote or a letter outside Latin-1), so nothing was sent. Sign out, then paste the key again from Dashboard → My Account.',
    unsendableAccountName:
      'The saved account name contains a character that cannot be sent to Thordata (such as an emoji, a curly quote or a letter outside Latin-1), so nothing was sent. Sign out, then paste the account name again from Dashboard → My Account.',
    notConnected: 'No Thordata account is connected. Connect one, or explore the demo.',
  },
  address: {
    invalidUrl: 'The Thordata address in Settings is not a valid URL.',
    noApiUrl: 'No Thordata API address is set. Enter one in Settings.',
    httpsLinksOnly: 'Only https links can be opened',
    wholeUnits: 'Each code must carry a whole number of {{unit}}.',
  },
  keychain: {
    save: 'Could not save your credentials',
    read: 'Could not read your credentials',
    remove: 'Could not remove your credentials',
    noBus:
      'No OS keychain is reachable: this desktop session has no D-Bus session bus, so the Secret Service (GNOME Keyring, KWallet) cannot be asked.',
    noService:
      'No keychain service is installed: the Secret Service (GNOME Keyring or KWallet) is not running on this system.',
    locked:
      'The OS keychain is locked or has no default collection: unlock your login keyring (or create one) and try again.',
    denied: 'The OS keychain refused access to Thordata Desktop.',
    noLibsecret: 'The keychain library could not load (libsecret is missing on this system).',
    reported: 'The OS keychain reported: {{raw}}',
    generic: '{{verb}}. {{reason}}',
    noLibrary: 'Could not save your credentials. No OS keychain library is available on this system.',
  },
  settings: {
    newerVersion: 'These settings were written by a newer Thordata Desktop; update the app to change them',
    unwritable: 'Settings cannot be saved: {{reason}}. Move or delete it, then restart Thordata Desktop.',
    notThisLaunch: 'Settings cannot be saved at this launch. Restart Thordata Desktop.',
  },
  publicIp: {
    timeout: 'Could not look up your public IP: {{source}} did not answer within {{seconds}} s.',
    unreachable:
      'Could not look up your public IP: {{source}} cannot be reached. Check your connection, or change the service in Settings.',
    httpStatus: 'Could not look up your public IP: {{source}} answered with HTTP {{status}}.',
    notAnIp: 'Could not look up your public IP: {{source}} answered with something that is not an IP address.',
  },
  staticProxy: {
    gone: '{{ip}} is no longer on your list. Reload the list and try again.',
  },
  /** Renewal, upgrade and bound users of an unlimited server: the general `codes` speak of IPs and prices. */
  unlimited: {
    orderUnderWay:
      'Another order for this server is still under way. Wait for its answer, then check the order list before ordering again.',
    '10006':
      'Thordata does not allow this order for this server (it refused the price or the amount). Reload the server list, check your choice, then try again.',
    '10007':
      'Thordata cannot renew or change this server: it reports the server offline or gone. Reload the server list; if the server should still be there, contact Thordata support.',
    '10008':
      'Your wallet balance is too low for this order. Top up your wallet in the Thordata dashboard, then order again.',
    '10009':
      'Thordata reports that the order did not go through. Check the order list in the Thordata dashboard before ordering again, so you are not charged twice.',
    '10010': 'Thordata does not know this server. Reload the server list; it may have been removed.',
    '10012':
      'That is more than Thordata allows in one order for this server. Choose a shorter period or a smaller upgrade.',
    '121': 'This server’s plan has expired. Renew it first; a renewal of an expired server starts from today.',
    renewal121:
      'Thordata reports this server’s plan as expired and did not renew it. Check the server in the Thordata dashboard; if it should still be renewable, contact Thordata support.',
    binding10007:
      'Thordata cannot change the users of this server: it reports the server offline or gone. Reload the server list; if the server should still be there, contact Thordata support.',
    binding121: 'This server’s plan has expired, so its users cannot be changed. Renew the server, then try again.',
    bindingRefused:
      'Thordata refused this change of the server’s users (error code {{code}}). Reload the list and try again; if it persists, contact Thordata support and quote the code.',
    server10007:
      'Thordata reports this server offline or gone. Reload the server list; if the server should still be there, contact Thordata support.',
    server121: 'This server’s plan has expired. Renew it to restart or monitor it again.',
    serverRefused:
      'Thordata refused this request for the server (error code {{code}}). Reload the server list and try again; if it persists, contact Thordata support and quote the code.',
    orderLost:
      'Thordata’s answer to this order was lost, so it may or may not have been placed and paid for. Check the order list in the Thordata dashboard before ordering again.',
    orderUnknownCode:
      'Thordata answered this order with error code {{code}}, which the app does not know, so it is not clear whether it was placed. Check the order list in the Thordata dashboard before ordering again.',
  },
  presets: {
    notFound: 'That preset no longer exists. It may have been deleted in another window.',
    noDefault: 'No default preset yet. Save one under Extract links and set it as the default.',
    endpointUnavailable: 'Endpoint presets cannot be copied in this version.',
  },
  batch: {
    cancelled: 'Not sent: the batch was cancelled.',
    full: 'Not sent: Your plan’s whitelist is full. Remove an IP from the list (or raise the plan’s limit), then add the rest again.',
    rateLimit: 'Not sent: Thordata kept asking to slow down. Add it again in a minute.',
    network: 'Not sent: Thordata could not be reached. Add it again in a moment.',
    auth: 'Not sent: Thordata refused the credentials, so the batch stopped.',
    keychain: 'Not sent: the saved credentials could not be read, so the batch stopped.',
    stopped: 'Not sent: the batch stopped.',
    notAccepted: 'Thordata did not accept this address',
    alreadySending: 'That batch is already being sent.',
    notAnIp: 'Not an IPv4 or IPv6 address',
    duplicate: 'Listed twice: added once above',
  },
  ipc: {
    untrustedPage: 'This request came from a page outside Thordata Desktop and was refused.',
    unknownRequest: 'Unknown request "{{channel}}"',
    invalidRequest: 'The request was not valid',
  },
  updater: {
    offline: 'Could not reach the update server. Check your internet connection and try again.',
    unsigned:
      'The update is not signed by the publisher of Thordata Desktop, so it was not installed. Download the latest version from the website instead.',
    damaged: 'The downloaded update was damaged. Try again.',
    notPublished: 'No update has been published for this platform yet.',
    noSpace: 'There is not enough disk space to download the update.',
    noPermission: 'The update could not be saved: permission denied.',
    alreadyChecking: 'Already checking for updates',
    downloading: 'An update is downloading',
    ready: 'An update is ready to install',
    nothingToDownload: 'There is no update to download',
    notDownloaded: 'No update has been downloaded yet',
    unknownFailure: 'The update failed for an unknown reason. Try again later.',
    failed: 'The update failed: {{reason}}',
    noAnswer: 'The update server gave no answer',
    store: 'Updates come from {{store}}, which installed Thordata Desktop.',
    notInstalled:
      'This copy was not installed with an installer, so it cannot update itself. Install the latest version from the website.',
    unsignedMac:
      'This build is not signed, and macOS installs signed updates only. Install a signed release from the website.',
    installedOnly: 'Updates are checked in installed builds only',
    preview: 'This is the browser preview: updates are installed by the desktop app.',
  },
  generic: {
    unexpected: 'Something went wrong inside Thordata Desktop. Please try again.',
    unexpectedChange:
      'Something went wrong inside Thordata Desktop while making this change, so it may or may not have been made. Reload to check before trying again.',
    balance: 'Something went wrong while loading the balance',
  },
}
