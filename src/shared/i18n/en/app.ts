/** The `app` namespace: the window's frame (shell, header, start, crash and settings-file notices). */
export const app = {
  name: 'Thordata Desktop',
  tabs: {
    label: 'Sections',
    account: 'Account',
    extractLinks: 'Extract links',
    endpoints: 'Endpoints',
    proxyUsers: 'Proxy users',
    whitelist: 'Whitelist IPs',
    locations: 'Locations',
    staticProxies: 'ISP & datacenter',
    unlimited: 'Unlimited servers',
    cdk: 'CDK codes',
    settings: 'Settings',
  },
  accountName: {
    rejected: 'Account name not recognised',
    rejectedBody:
      'Thordata answered an extract link with “wrong account name” for {{name}}. Replace the credentials with the account name shown under Dashboard → My Account.',
  },
  chip: {
    demoAccount: 'Demo account',
    account: 'Thordata account',
    demo: 'Demo',
  },
  colorScheme: {
    label: 'Colour scheme',
    auto: 'Follow system',
    light: 'Light',
    dark: 'Dark',
  },
  loadingSection: 'Loading section',
  starting: 'Starting Thordata Desktop…',
  startFailed: 'Thordata Desktop could not start',
  crash: {
    title: 'Something went wrong',
    body: 'This part of Thordata Desktop stopped working. Your account and saved credentials are not affected. Reloading usually fixes it.',
    reload: 'Reload',
  },
  updateReady: {
    title: 'Update ready',
    body: 'Version {{version}} of Thordata Desktop has been downloaded. Restart to use it, or it installs when you quit.',
    restart: 'Restart now',
    later: 'Install on quit',
  },
  rejected: {
    title: 'Thordata no longer accepts these credentials',
    body: 'The API token or key was revoked or reset. Enter the current ones from Dashboard → My Account to carry on.',
    replace: 'Replace credentials',
  },
  settingsNotice: {
    dismiss: 'Dismiss',
    movedAsideTitle: 'Your settings were reset',
    movedAsideBody:
      'The settings file could not be read, so Thordata Desktop started with default settings. The old file was kept as:',
    newerVersionTitle: 'Settings are read-only',
    newerVersionBody:
      'These settings were written by a newer Thordata Desktop (settings version {{version}}), so this version uses them without changing them. Update the app to change your settings.',
    unwritableTitle: 'Settings cannot be saved',
    unwritableBody:
      'Thordata Desktop is using default settings and will not save changes: {{reason}}. Move or delete that file, then restart the app.',
  },
  bridge: {
    unreachable: 'Thordata Desktop could not reach its background process. Restart the app.',
    lost: 'Thordata Desktop lost contact with its background process. Try again.',
    unknown: 'Something went wrong.',
  },
}
