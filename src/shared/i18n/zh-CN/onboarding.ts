import type { CatalogShape } from '../catalog'
import type { onboarding as en } from '../en/onboarding'

export const onboarding = {
  title: '欢迎使用 Thordata Desktop',
  subtitle: '在桌面上随时查看代理流量、钱包余额和用量，无需打开网页控制台。',
  privacy: '你的令牌和密钥保存在操作系统的钥匙串中，除与 Thordata 通信外不会离开这台电脑。',
  connect: {
    title: '连接你的 Thordata 账户',
    heading: '连接账户',
    formLabel: '连接你的 Thordata 账户',
    where: 'API 令牌、API 密钥和账户名可在 Thordata 的',
    wherePath: '控制台 → 我的账户',
    whereEnd: '中找到。',
    openMyAccount: '打开「我的账户」',
    token: 'API 令牌',
    tokenPlaceholder: '粘贴令牌',
    key: 'API 密钥',
    keyPlaceholder: '粘贴密钥',
    accountName: '账户名',
    accountNamePlaceholder: '例如 acme_data',
    accountNameUse: '账户名只用于提取链接，因此 Thordata 会在你第一次生成并测试链接时检查它。',
    submit: '连接',
  },
  demo: {
    heading: '先随便看看？',
    body: '在内置的 Thordata API 模拟器上体验所有界面。不会向 Thordata 发送任何数据，也无需账户。',
    pointFigures: '逼真的流量、钱包和用量数据',
    pointSafe: '随便点击：一切都是模拟的',
    pointLater: '随时可在「设置」中连接真实账户',
    start: '体验演示',
  },
  keychain: {
    title: '无法保存你的凭据',
    body: '你仍然可以连接：Thordata Desktop 会把令牌和密钥仅保存在内存中，直到退出应用，下次启动时会再次询问。',
    keep: '仅在本次会话中保留',
  },
  replace: {
    title: '更换凭据',
    submit: '保存新凭据',
    connected: '已连接为 {{name}}',
    yourAccount: '你的账户',
  },
} satisfies CatalogShape<typeof en>
