// The messages AfterCare sends, by template key. Each shows in the in-app notification centre; those marked `wechat`
// are also WeChat subscription messages when the user has a grant left for them (one send per consent).
export interface TemplateDef {
  label: string;
  /** a WeChat subscription-message template: the fields its keywords carry (see docs/notifications.md) */
  wechat: { fields: Record<string, string> } | null;
}

export const TEMPLATES = {
  'ticket.offered': {
    label: '新派单',
    wechat: { fields: { character_string1: '工单号', thing2: '设备', thing3: '故障描述', time4: '派单时间' } },
  },
  'ticket.accepted': {
    label: '工程师已接单',
    wechat: { fields: { character_string1: '工单号', name2: '工程师', phone_number3: '联系电话', time4: '接单时间' } },
  },
  'ticket.arrived': {
    label: '工程师已到场',
    wechat: { fields: { character_string1: '工单号', name2: '工程师', time3: '到场时间' } },
  },
  'ticket.resolved': {
    label: '处理完成，请评价',
    wechat: { fields: { character_string1: '工单号', thing2: '处理结果', time3: '完成时间', thing4: '温馨提示' } },
  },
  'sla.alert': {
    label: '时限预警/升级',
    wechat: { fields: { character_string1: '工单号', thing2: '时限', phrase3: '状态', time4: '截止时间' } },
  },
  'ticket.escalated': {
    label: '工单已升级处理',
    wechat: { fields: { character_string1: '工单号', thing2: '处理进展', time3: '升级时间' } },
  },
  'booking.reminder': {
    label: '视频指导即将开始',
    wechat: { fields: { thing1: '预约事项', time2: '预约时间', thing3: '对方', thing4: '预约提示' } },
  },
  'ticket.onsite': { label: '工程师将上门', wechat: null },
  'ticket.queued': { label: '待人工派单', wechat: null },
  'ticket.major': { label: '重大故障', wechat: null },
  'ticket.cancelled': { label: '工单已取消', wechat: null },
  'ticket.reassigned': { label: '工单已改派', wechat: null },
  'ticket.paused': { label: '等待您的回复', wechat: null },
  'survey.received': { label: '收到服务评价', wechat: null },
  'booking.booked': { label: '新的视频指导预约', wechat: null },
  'booking.changed': { label: '视频指导有变更', wechat: null },
  'booking.finished': { label: '视频指导结果', wechat: null },
} as const satisfies Record<string, TemplateDef>;

export type TemplateKey = keyof typeof TEMPLATES;

export const WECHAT_TEMPLATE_KEYS = (Object.keys(TEMPLATES) as TemplateKey[]).filter((k) => TEMPLATES[k].wechat);
