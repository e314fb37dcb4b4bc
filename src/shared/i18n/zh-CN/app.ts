import type { CatalogShape } from '../catalog'
import type { app as en } from '../en/app'

export const app = {
  name: 'Thordata Desktop',
  tabs: {
    label: '功能区',
    account: '账户',
    extractLinks: '提取链接',
    endpoints: '代理端点',
    proxyUsers: '代理用户',
    whitelist: 'IP 白名单',
    locations: '地区',
    staticProxies: 'ISP 与数据中心',
    unlimited: '无限量服务器',
    cdk: 'CDK 兑换码',
    settings: '设置',
  },
  accountName: {
    rejected: '账户名无法识别',
    rejectedBody:
      'Thordata 对 {{name}} 的提取链接返回了“账户名错误”。请用“控制台 → 我的账户”中显示的账户名重新填写凭据。',
  },
  chip: {
    demoAccount: '演示账户',
    account: 'Thordata 账户',
    demo: '演示',
  },
  colorScheme: {
    label: '配色',
    auto: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  loadingSection: '正在加载',
  starting: '正在启动 Thordata Desktop…',
  startFailed: 'Thordata Desktop 无法启动',
  crash: {
    title: '出错了',
    body: 'Thordata Desktop 的这部分停止了工作。你的账户和已保存的凭据不受影响，重新加载通常即可恢复。',
    reload: '重新加载',
  },
  updateReady: {
    title: '更新已就绪',
    body: 'Thordata Desktop {{version}} 版已下载。重启即可使用，或在您退出时自动安装。',
    restart: '立即重启',
    later: '退出时安装',
  },
  rejected: {
    title: 'Thordata 不再接受当前凭据',
    body: 'API 令牌或密钥已被撤销或重置。请从「控制台 → 我的账户」获取当前的令牌和密钥后继续。',
    replace: '更换凭据',
  },
  settingsNotice: {
    dismiss: '关闭',
    movedAsideTitle: '设置已重置',
    movedAsideBody: '无法读取设置文件，Thordata Desktop 已使用默认设置启动。原文件已保留为：',
    newerVersionTitle: '设置为只读',
    newerVersionBody:
      '这些设置由更新版本的 Thordata Desktop 写入（设置版本 {{version}}），当前版本只读取、不修改。请更新应用后再更改设置。',
    unwritableTitle: '无法保存设置',
    unwritableBody: 'Thordata Desktop 正在使用默认设置，且不会保存更改：{{reason}}。请移走或删除该文件，然后重启应用。',
  },
  bridge: {
    unreachable: 'Thordata Desktop 无法连接到后台进程。请重启应用。',
    lost: 'Thordata Desktop 与后台进程失去了联系。请重试。',
    unknown: '出错了。',
  },
} satisfies CatalogShape<typeof en>
