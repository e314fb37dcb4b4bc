/** The `onboarding` namespace: the first-run screen and the credentials form (also used from Settings). */
export const onboarding = {
  title: 'Welcome to Thordata Desktop',
  subtitle: 'Keep an eye on your proxy traffic, wallet and usage from your desktop, without opening the web dashboard.',
  privacy:
    "Your token and key are kept in your operating system's keychain and never leave this computer except to talk to Thordata.",
  connect: {
    title: 'Connect your Thordata account',
    heading: 'Connect your account',
    formLabel: 'Connect your Thordata account',
    where: 'Find your API token, API key and account name in the Thordata dashboard under',
    wherePath: 'Dashboard → My Account',
    whereEnd: '.',
    openMyAccount: 'Open My Account',
    token: 'API token',
    tokenPlaceholder: 'Paste your token',
    key: 'API key',
    keyPlaceholder: 'Paste your key',
    accountName: 'Account name',
    accountNamePlaceholder: 'e.g. acme_data',
    accountNameUse: 'Used only in extract links, so Thordata checks it the first time you build and test one.',
    submit: 'Connect',
  },
  demo: {
    heading: 'Just looking?',
    body: 'Try every screen against a built-in simulator of the Thordata API. Nothing is sent to Thordata and no account is needed.',
    pointFigures: 'Realistic traffic, wallet and usage figures',
    pointSafe: 'Safe to click anything: it is all simulated',
    pointLater: 'Connect your real account any time from Settings',
    start: 'Explore demo',
  },
  keychain: {
    title: 'Your credentials could not be saved',
    body: 'You can still connect: Thordata Desktop will keep your token and key in memory only until you quit, and ask for them again the next time it starts.',
    keep: 'Keep for this session only',
  },
  replace: {
    title: 'Replace credentials',
    submit: 'Save new credentials',
    connected: 'Connected as {{name}}',
    yourAccount: 'your account',
  },
}
