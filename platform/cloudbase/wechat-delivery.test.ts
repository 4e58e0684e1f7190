import type { OutboxDoc } from '../contract/outbox';
import { createWechatDelivery, subscribeData, type SubscribeSend } from './wechat-delivery';

const doc = (template: string, data: OutboxDoc['data'] = {}): OutboxDoc => ({
  id: 'm1',
  version: 1,
  to: 'c-1001',
  template,
  title: '工程师已接单',
  body: 'GD20261125-0001：李强 已接单，将尽快与您联系，请保持电话畅通谢谢',
  link: '/pages/ticket/index?id=tk_1',
  data: { no: 'GD20261125-0001', ...data },
  dedupeKey: null,
  createdAt: '2026-11-25T02:05:00.000Z',
  readAt: null,
  channel: 'inapp',
  wechat: 'not-wechat',
});

describe('WeChat subscription messages', () => {
  test('keyword values follow the template and WeChat’s length and time rules', () => {
    const data = subscribeData(doc('ticket.resolved'));
    expect(data).toEqual({
      character_string1: { value: 'GD20261125-0001' },
      thing2: { value: 'GD20261125-0001：李强 …' },
      time3: { value: '2026-11-25 10:05' },
      thing4: { value: '请确认修复并评价本次服务' },
    });
    expect(data.thing2!.value.length).toBeLessThanOrEqual(20);
    expect(subscribeData(doc('ticket.queued'))).toEqual({});
  });

  test('a video session reminder carries what, when, with whom, and the tip', () => {
    const reminder = subscribeData(
      doc('booking.reminder', {
        topic: '打印机报错 E-31，需要专家远程指导，请准备好设备',
        start: '2026-12-07T02:00:00.000Z',
        counterpart: '周博',
        tip: '请提前打开小程序，准时加入视频',
      }),
    );
    expect(reminder).toEqual({
      thing1: { value: '打印机报错 E-31，需要专家远程指导…' },
      time2: { value: '2026-12-07 10:00' },
      thing3: { value: '周博' },
      thing4: { value: '请提前打开小程序，准时加入视频' },
    });
  });

  test('the delivery sends to the bound OPENID with the configured template id, and fails loudly otherwise', async () => {
    const sent: SubscribeSend[] = [];
    const users: Record<string, { id: string; version: number; openid?: string }> = {
      'c-1001': { id: 'c-1001', version: 1, openid: 'o-abc' },
      'c-1002': { id: 'c-1002', version: 1 },
    };
    const store = { collection: () => ({ get: async (id: string) => users[id] ?? null }) } as never;
    const deliver = createWechatDelivery({
      store,
      templateIds: { 'ticket.accepted': 'TPL-ACC' },
      send: async (p) => {
        sent.push(p);
        return { errCode: 0 };
      },
    });
    await deliver(doc('ticket.accepted'));
    expect(sent[0]).toMatchObject({ touser: 'o-abc', templateId: 'TPL-ACC', page: 'pages/ticket/index?id=tk_1' });
    await expect(deliver(doc('ticket.arrived'))).rejects.toThrow('no WeChat template id');
    await expect(deliver({ ...doc('ticket.accepted'), to: 'c-1002' })).rejects.toThrow('no WeChat binding');
  });
});
