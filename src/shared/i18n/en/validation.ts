import { MAX_BATCH_IPS, MAX_USAGE_RANGE_DAYS } from '../../domain/limits'

/**
 * The `validation` namespace: the input rules' messages. The shared zod schemas (src/shared/domain) carry these
 * keys as their messages (`'validation:url.thordataHttps'`); main's dispatcher and the renderer's forms translate
 * them with `translateIssue`.
 */
export const validation = {
  product: {
    choose: 'Choose one of the products offered here',
  },
  shortcut: {
    empty: 'Enter a shortcut such as CommandOrControl+Shift+L',
    noKey: 'Add a key after the modifiers, such as CommandOrControl+Shift+L',
    twoKeys: 'Use one key with the modifiers, such as CommandOrControl+Shift+L',
    unknownPart:
      'Use modifiers (CommandOrControl, Alt, Shift, Super) and one key, joined with +, such as CommandOrControl+Shift+L',
    noModifier: 'Add a modifier such as CommandOrControl or Alt: a single key would be taken from every other app',
    repeated: 'Name each modifier once',
  },
  url: {
    thordataFull: 'Enter a full URL such as https://openapi.thordata.com/api',
    thordataHttps: 'Enter a Thordata https URL such as https://openapi.thordata.com/api',
    thordataOrEmpty: 'Enter a Thordata https URL, or leave empty',
    serviceFull: 'Enter a full URL such as https://api.ipify.org?format=json',
    serviceHttps: 'Enter an https URL such as https://api.ipify.org?format=json',
  },
  session: {
    tokenRequired: 'Paste the token from Dashboard → My Account',
    tokenTooLong: 'That token is too long',
    tokenUnsendable:
      'That token contains a character Thordata tokens never have (such as an emoji, a curly quote or a letter outside Latin-1), so it cannot be sent. Copy it again from Dashboard → My Account.',
    keyRequired: 'Paste the key from Dashboard → My Account',
    keyTooLong: 'That key is too long',
    keyUnsendable:
      'That key contains a character Thordata keys never have (such as an emoji, a curly quote or a letter outside Latin-1), so it cannot be sent. Copy it again from Dashboard → My Account.',
    accountNameRequired: 'Enter your account name (Dashboard → My Account)',
    accountNameTooLong: 'That account name is too long',
    accountNameChars: 'Account names contain only letters, digits, dot, dash and underscore',
  },
  proxyUser: {
    username: 'Usernames are 6–15 letters or digits, with no spaces or symbols',
    passwordMin: 'Passwords need at least 6 characters',
    passwordMax: 'Passwords can have at most 15 characters',
    passwordLetterFirst: 'Start the password with a letter',
    passwordChars: 'Use only letters and digits in the password',
    limitRequired: 'Enter a traffic limit, or 0 for no limit',
    limitWhole: 'Enter the traffic limit in whole bytes',
    limitNegative: 'The traffic limit cannot be negative',
    limitMin: 'Set a limit of at least 100 MB, or 0 for no limit',
  },
  staticProxy: {
    format: 'Choose a copy format',
  },
  ip: {
    address: 'Enter an IPv4 address such as 203.0.113.7, or an IPv6 address',
    pasteOne: 'Paste at least one IP address',
    tooMany: `Paste at most ${MAX_BATCH_IPS} addresses at a time`,
    chooseOne: 'Choose at least one IP',
  },
  dates: {
    format: 'Use a date like 2026-01-31',
    notReal: 'Not a real date',
    dateTime: 'Use a date and time like 2026-01-31T12:00:00Z',
    hour: 'Use an hour like 2026-01-31 13',
    startBeforeEnd: 'The start date must be on or before the end date',
    startBeforeEndTime: 'The start must be before the end',
    usageRange: `Thordata keeps usage for ranges of at most ${MAX_USAGE_RANGE_DAYS} days`,
  },
  cdk: {
    status: 'Choose unused, used or revoked',
    code: 'Enter the code as shown, letters and digits only',
    trafficRequired: 'Enter the traffic for each code',
    trafficWhole: 'Enter the traffic in whole bytes',
    trafficPositive: 'Each code needs some traffic',
    countRequired: 'Enter how many codes to create',
    countWhole: 'Enter a whole number',
    countMin: 'Create at least one code',
    amountWhole: 'Enter a whole number: a code carries whole units of traffic',
    amountMin: 'Enter at least 1',
  },
  extract: {
    session: 'Choose sticky or rotating sessions',
    countRequired: 'Enter how many proxies you want',
    countWhole: 'Enter a whole number of proxies',
    countMin: 'Ask for at least one proxy',
    country: 'Use a two-letter country code such as us',
    countMax: 'Ask for at most 500 proxies at a time',
    protocol: 'Choose http, https, socks5 or socks5h',
    returnType: 'Choose a text list or JSON',
    separator: 'Choose one of the separators offered',
    state: 'Choose a state from the list',
    city: 'Choose a city from the list',
    placeNeedsCountry: 'Choose a country first: states and cities are inside one',
    separatorText: 'A separator applies to the text list only; choose text or remove the separator',
    serverId: 'Enter the server ID shown under Unlimited Proxy Servers → Servers',
  },
  presets: {
    nameRequired: 'Give the preset a name',
    nameTooLong: 'Preset names have at most 40 characters',
    duplicate: 'A preset with this name exists already; choose another name',
    tooMany: 'You can keep at most 50 presets; delete one first',
    id: 'Choose a saved preset',
  },
  endpoint: {
    product: 'Choose residential or mobile: their proxy users sign in to a shared gateway',
    protocol: 'Choose HTTP or SOCKS5h',
    host: 'Use a Thordata gateway host such as pr.thordata.net',
    continent: 'Choose one of the listed continents',
    country: 'Use a two-letter country code such as US',
    state: 'Choose a state from the list',
    city: 'Choose a city from the list',
    asn: 'Use an ASN such as AS7922',
    sessionId: 'Session ids are 1–32 letters or digits (no dashes: they separate the parts of the username)',
    sessionMinutes: 'Enter a whole number of minutes from 1 to 90',
    asnNeedsCountry: 'Choose a country first: Thordata targets an ASN within a country',
    stateNeedsCountry: 'Choose a country first: states are listed per country',
    cityNeedsCountry: 'Choose a country first: cities are listed per country',
    minutesNeedId: 'Set a session id first: the duration keeps that session on one IP',
  },
  proxyTest: {
    host: 'Enter the proxy as an IP address or host name',
    port: 'Enter a port from 1 to 65535',
  },
  locations: {
    country: 'Use a two-letter country code such as US',
    state: 'Choose a state, or leave it empty for the whole country',
  },
  unlimited: {
    server: 'Choose a server',
    region: 'This server has no region; Thordata needs it for the monitor',
    period: 'Choose an interval of 1 minute, 5 minutes, 1 hour or 1 day',
    renewal: 'Choose a renewal period of 1, 7, 30 or 60 days',
    bandwidth: 'Choose a bandwidth between 200 and 1000 Mbps',
    machine: 'Choose one of the offered machine sizes',
  },
}
