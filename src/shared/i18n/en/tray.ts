/** The `tray` namespace: the tray's menu and tooltip, and main's notifications and application menu. */
export const tray = {
  menu: {
    open: 'Open {{app}}',
    quit: 'Quit',
    refresh: 'Refresh balance',
    notSignedIn: 'Not signed in',
    trafficLeft: 'Traffic left: {{left}}',
    trafficLeftUnknown: 'Traffic left: unknown',
    trafficLeftLoading: 'Traffic left: loading…',
    demoSuffix: ' (demo)',
    updated: 'Updated {{time}}',
    couldNotRefresh: 'Could not refresh: {{message}}',
    couldNotLoad: 'Could not load: {{message}}',
  },
  tooltip: {
    couldNotRefresh: 'Could not refresh, showing the value from {{time}}',
    couldNotLoad: 'Could not load the balance',
    loading: 'Loading the balance…',
  },
  expiry: {
    expired: 'Expired {{date}}',
    today: 'Expires today ({{date}})',
    tomorrow: 'Expires {{date}} (tomorrow)',
    inDays: 'Expires {{date}} (in {{days}} days)',
  },
  warning: {
    lowBalance: 'Below your {{gb}} GB warning level',
    renewExpired: 'Renew your plan to keep using the proxies',
    renewSoon: 'Renew soon to keep using the proxies',
  },
  date: {
    day: '{{day}} {{month}} {{year}}',
    dayTime: '{{day}} {{month}}, {{time}}',
    months: {
      '1': 'Jan',
      '2': 'Feb',
      '3': 'Mar',
      '4': 'Apr',
      '5': 'May',
      '6': 'Jun',
      '7': 'Jul',
      '8': 'Aug',
      '9': 'Sep',
      '10': 'Oct',
      '11': 'Nov',
      '12': 'Dec',
    },
  },
  notice: {
    stillRunningTitle: 'Thordata Desktop is still running',
    stillRunningBody:
      'Your balance stays in the tray. Open the app from the tray menu or start it again; choose Quit there to close it.',
  },
  appMenu: {
    view: 'View',
  },
}
