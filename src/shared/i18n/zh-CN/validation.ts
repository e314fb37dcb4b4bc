import { MAX_BATCH_IPS, MAX_USAGE_RANGE_DAYS } from '../../domain/limits'
import type { CatalogShape } from '../catalog'
import type { validation as en } from '../en/validation'

export const validation = {
  product: {
    choose: '请选择此处提供的产品之一',
  },
  url: {
    thordataFull: '请输入完整的 URL，例如 https://openapi.thordata.com/api',
    thordataHttps: '请输入 Thordata 的 https URL，例如 https://openapi.thordata.com/api',
    thordataOrEmpty: '请输入 Thordata 的 https URL，或留空',
    serviceFull: '请输入完整的 URL，例如 https://api.ipify.org?format=json',
    serviceHttps: '请输入 https URL，例如 https://api.ipify.org?format=json',
  },
  session: {
    tokenRequired: '请粘贴“控制台 → 个人中心”中的 Token',
    tokenTooLong: 'Token 过长',
    tokenUnsendable:
      '该 Token 含有 Thordata Token 中不会出现的字符（如表情符号、弯引号或 Latin-1 以外的字母），无法发送。请从“控制台 → 个人中心”重新复制。',
    keyRequired: '请粘贴“控制台 → 个人中心”中的 Key',
    keyTooLong: 'Key 过长',
    keyUnsendable:
      '该 Key 含有 Thordata Key 中不会出现的字符（如表情符号、弯引号或 Latin-1 以外的字母），无法发送。请从“控制台 → 个人中心”重新复制。',
    accountNameRequired: '请输入账户名（控制台 → 个人中心）',
    accountNameTooLong: '账户名过长',
    accountNameChars: '账户名只能包含字母、数字、点、短横线和下划线',
  },
  proxyUser: {
    username: '用户名须为 6–15 位字母或数字，不能有空格或符号',
    passwordMin: '密码至少需要 6 个字符',
    passwordMax: '密码最多 15 个字符',
    passwordLetterFirst: '密码须以字母开头',
    passwordChars: '密码只能包含字母和数字',
    limitRequired: '请输入流量上限，0 表示不限',
    limitWhole: '流量上限须为整数字节',
    limitNegative: '流量上限不能为负数',
    limitMin: '上限至少为 100 MB，或填 0 表示不限',
  },
  ip: {
    address: '请输入 IPv4 地址（如 203.0.113.7）或 IPv6 地址',
    pasteOne: '请至少粘贴一个 IP 地址',
    tooMany: `每次最多粘贴 ${MAX_BATCH_IPS} 个地址`,
    chooseOne: '请至少选择一个 IP',
  },
  dates: {
    format: '请使用 2026-01-31 这样的日期格式',
    notReal: '日期无效',
    dateTime: '请使用 2026-01-31T12:00:00Z 这样的日期时间格式',
    startBeforeEnd: '开始日期不能晚于结束日期',
    startBeforeEndTime: '开始时间必须早于结束时间',
    usageRange: `Thordata 每次最多查询 ${MAX_USAGE_RANGE_DAYS} 天的用量`,
  },
  cdk: {
    status: '请选择未使用、已使用或已作废',
    code: '请按原样输入兑换码，只含字母和数字',
    trafficRequired: '请输入每个兑换码的流量',
    trafficWhole: '流量须为整数字节',
    trafficPositive: '每个兑换码都需要有流量',
    countRequired: '请输入要创建的兑换码数量',
    countWhole: '请输入整数',
    countMin: '至少创建一个兑换码',
  },
  extract: {
    session: '请选择粘性会话或轮换会话',
    countRequired: '请输入需要的代理数量',
    countWhole: '代理数量须为整数',
    countMin: '至少提取一个代理',
    country: '请使用两位国家代码，例如 us',
    serverId: '请输入“无限代理服务器 → 服务器”中显示的服务器 ID',
  },
  locations: {
    country: '请使用两位国家代码，例如 US',
    state: '请选择州/省，或留空表示整个国家',
  },
  unlimited: {
    server: '请选择服务器',
    region: '该服务器没有地区信息，Thordata 监控需要它',
    period: '请选择 1 分钟、5 分钟、1 小时或 1 天的间隔',
    renewal: '请选择 1、7、30 或 60 天的续费周期',
    bandwidth: '请选择 200 到 1000 Mbps 之间的带宽',
    machine: '请选择提供的机器规格之一',
  },
} satisfies CatalogShape<typeof en>
