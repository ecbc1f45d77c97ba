export const zhCN = {
  app: { name: 'PatentDesk 专利申请客户端', localPlatform: '本地测试平台', language: '语言' },
  signIn: {
    title: '登录',
    subtitle: '专利和集成电路布图设计业务办理统一身份认证平台',
    account: '账号',
    accountHint: '用户名、手机号或证件号码',
    password: '密码',
    remember: '记住登录(凭据保存在系统钥匙串中)',
    submit: '登录',
    capsLock: '大写锁定已打开',
    required: '请输入{{field}}',
    restoreFailed: '上次的登录未能恢复:{{reason}}'
  },
  home: {
    title: '工作台',
    welcome: '{{name}},您好',
    signedInAs: '当前账号',
    loginName: '用户名',
    accountType: '账号类型',
    phone: '手机号',
    email: '邮箱',
    signOut: '退出登录',
    signedOutOffline: '已在本机退出;平台暂时无法访问,服务器上的会话将在过期后失效。',
    types: { person: '自然人', entity: '法人', agency: '代理机构' }
  },
  changePassword: {
    title: '修改密码',
    reasons: {
      temporary: '您正在使用管理员重置的临时密码,请设置新密码后继续。',
      expired: '您的密码已超过有效期,请设置新密码后继续。',
      policy: '您的密码不符合平台现行的密码规则,请设置新密码后继续。',
      legacy: '您的历史账号密码不符合平台现行的密码规则,请设置新密码后继续。'
    },
    rulesTitle: '新密码须满足:',
    rules: {
      length: '{{min}}–{{max}} 个字符',
      classes: '至少包含大写字母、小写字母、数字、符号中的 {{count}} 类',
      context: '不包含用户名、手机号或证件号码',
      common: '不是常见密码',
      history: '不与最近 {{count}} 次使用过的密码相同'
    },
    current: '当前密码',
    next: '新密码',
    confirm: '确认新密码',
    mismatch: '两次输入的新密码不一致',
    breaksRules: '新密码不符合上面的规则',
    submit: '确认修改',
    done: '密码已修改,以后登录不会再要求修改。',
    signOutInstead: '暂不修改,退出登录'
  },
  forgot: {
    link: '忘记密码?',
    title: '找回密码',
    intro: '验证码将发送到账号绑定的联系方式:自然人为本人,法人为法定代表人,代理机构为机构的联系方式。',
    channel: '接收方式',
    sms: '手机短信',
    email: '电子邮箱',
    send: '发送验证码',
    sentTo: '验证码已发送至 {{to}}({{owner}}),10 分钟内有效。',
    owners: { self: '本人', legal_person: '法定代表人', agency: '代理机构' },
    code: '验证码',
    resend: '重新发送',
    resendIn: '{{seconds}} 秒后可重新发送',
    submit: '重置密码',
    done: '密码已重置,请用新密码登录。',
    back: '返回登录',
    manual: '手机号或邮箱已无法使用?请向平台提交人工申请,更换联系方式后再找回密码。'
  },
  errors: {
    INVALID_CREDENTIALS: '账号或密码错误。',
    LOCKED: '账号因多次密码错误已被暂时锁定,请 {{minutes}} 分钟后再试。',
    RATE_LIMITED: '操作过于频繁,请 {{seconds}} 秒后再试。',
    NETWORK: '无法连接到平台,请检查网络后重试。',
    TIMEOUT: '平台响应超时,请稍后重试。',
    BAD_RESPONSE: '平台返回了无法识别的数据,请稍后重试。',
    KEYCHAIN_UNAVAILABLE: '无法访问系统钥匙串,登录凭据不能安全保存。',
    VALIDATION: '输入有误,请检查标出的项目。',
    TOKEN_INVALID: '登录已过期,请重新登录。',
    TOKEN_REUSED: '检测到登录凭据被重复使用,为安全起见已退出所有会话,请重新登录。',
    SESSION_EXPIRED: '登录已过期,请重新登录。',
    NOT_SIGNED_IN: '尚未登录。',
    FORBIDDEN_SENDER: '此窗口无权执行该操作。',
    UNAUTHORIZED: '登录已过期,请重新登录。',
    POLICY_VIOLATION: '新密码不符合密码规则。',
    PASSWORD_REUSED: '新密码与最近使用过的密码相同,请换一个。',
    CODE_INVALID: '验证码错误,请检查后重新输入。',
    CODE_EXPIRED: '验证码已过期,请重新获取。',
    DELIVERY_UNAVAILABLE: '暂时无法通过该方式发送验证码,请换一种方式。',
    INTERNAL: '程序出现错误,请重试;如仍有问题请联系支持。',
    unknown: '操作失败:{{message}}'
  }
}
export type Messages = typeof zhCN
