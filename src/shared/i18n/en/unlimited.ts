import { unlimitedOrders } from './unlimited-orders'

/** The `unlimited` namespace: the Unlimited servers tab, restart, monitor, renewal, upgrade and bound users. */
export const unlimited = {
  ...unlimitedOrders,
  title: 'Unlimited servers',
  description:
    'The dedicated servers you rent for unlimited traffic: restart one, watch its load, renew or upgrade it.',
  skipped_one: 'Thordata sent {{count}} server this app could not read; it is not shown.',
  skipped_other: 'Thordata sent {{count}} servers this app could not read; they are not shown.',
  empty: {
    title: 'No unlimited servers',
    body: 'Servers you buy in the Thordata dashboard appear here.',
  },
  table: {
    label: 'Unlimited servers',
    search: 'Search servers',
    searchPlaceholder: 'Host, instance, order or region',
    columns: {
      planName: 'Server',
      machine: 'Machine',
      bandwidth: 'Bandwidth',
      status: 'Status',
      purchasedAt: 'Purchased',
      expiresAt: 'Expires',
      orderId: 'Order',
      insId: 'Instance',
      region: 'Region',
    },
    copyHost: 'Copy {{name}}',
    noRegion: 'Not sent',
    expired: 'Expired',
  },
  status: {
    running: 'Running',
    restarting: 'Restarting',
    stopped: 'Not running',
  },
  actions: {
    restart: 'Restart',
    restartServer: 'Restart {{name}}',
    monitor: 'Monitor',
    monitorServer: 'Monitor {{name}}',
    renew: 'Renew',
    renewServer: 'Renew {{name}}',
    upgrade: 'Upgrade',
    upgradeServer: 'Upgrade {{name}}',
    boundUsers: 'Bound users',
    boundUsersOf: 'Users bound to {{name}}',
  },
  restart: {
    title: 'Restart {{name}}?',
    body: 'Connections through this server drop while it restarts, usually for a minute or two. The list shows when it is running again.',
    notRunning: 'Thordata reports this server as “{{status}}”; it may refuse the restart.',
    confirm: 'Restart server',
    requested: 'Restart of {{name}} requested.',
    back: '{{name}} is running again.',
    timedOutTitle: '{{name}} has not come back yet',
    timedOut:
      'It still is not reported as running {{minutes}} minutes after the restart. Press Refresh in a few minutes; if it stays down, check it in the Thordata dashboard or contact Thordata support before restarting it again.',
    noChangeTitle: 'No restart seen for {{name}}',
    noChange:
      'Thordata kept reporting {{name}} as running for {{minutes}} minutes and never showed a restart. Check that it answers; restart it again only if it does not.',
    dismiss: 'Dismiss',
  },
  monitor: {
    title: 'Monitor · {{name}}',
    window: 'Window',
    period: 'One point every',
    windows: {
      hour: 'Last hour',
      sixHours: 'Last 6 hours',
      day: 'Last 24 hours',
      week: 'Last 7 days',
      month: 'Last 30 days',
    },
    periods: {
      '60': '1 min',
      '300': '5 min',
      '3600': '1 hour',
      '86400': '1 day',
    },
    periodsOffered: 'A period is offered when it gives between 2 and {{max}} points in the window.',
    noRegion: 'Thordata’s list sends no region for this server, so the monitor is asked without one (older API).',
    unitsNote:
      'Thordata does not state the units. Inferred from its examples: CPU and memory in percent, TCP as open connections, WAN in and out in Mbps.',
    unitInferred: '({{unit}}, inferred)',
    metrics: {
      cpu: 'CPU',
      memory: 'Memory',
      tcpConnections: 'TCP connections',
      wanIn: 'WAN in',
      wanOut: 'WAN out',
    },
    units: {
      percent: '%',
      connections: 'connections',
      mbps: 'Mbps',
    },
    summary: 'Latest {{latest}} · Peak {{peak}}',
    chart: '{{metric}} of {{name}}',
    none: 'Thordata sent no data for this window.',
    noneMetric: 'No points for this metric.',
  },
  /** The load-balancing machine in front of a server (reference §7.6), a second view of the monitor drawer. */
  balancer: {
    subject: 'Machine',
    subjects: {
      server: 'Server',
      balancer: 'Load balancer',
    },
    unitsNote:
      'The load-balancing machine in front of this server. Thordata does not state the units and documents only two of its series: client connections read as a count, client traffic in Mbps (both inferred).',
    unknownNote: 'Series this app does not know are shown under Thordata’s own name, without a unit.',
    metrics: {
      client_connection_count: 'Client connections',
      client_in_traffic: 'Client traffic in',
    },
    unitUnknown: '(unit not stated)',
    none: 'Thordata sent no load-balancer data for this window.',
  },
}
