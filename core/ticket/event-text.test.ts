import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eventText, type Viewer } from './event-text';
import type { TicketEvent } from './types';

const ROOT = join(__dirname, '..', '..');

/** Every .ts file (tests aside) under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every event type the service code appends: `type: '…'` in the files that append events, and recordSla's kinds. */
function appendedTypes(): string[] {
  const types = new Set<string>();
  for (const file of [...sources(join(ROOT, 'core')), ...sources(join(ROOT, 'cloudfunctions'))]) {
    const text = readFileSync(file, 'utf8');
    if (!/appendEvent\(|transition\(|recordSla\(/.test(text)) continue;
    for (const m of text.matchAll(/type: '([a-z][a-z-]*)'/g)) types.add(m[1]!);
    for (const m of text.matchAll(/recordSla\([^)]*?'([a-z][a-z-]*)'/g)) types.add(m[1]!);
    for (const m of text.matchAll(/kind: ('[a-z-]+'(?: \| '[a-z-]+')+)/g)) {
      if (file.endsWith('lifecycle.ts') && m[1]!.includes('sla-')) {
        for (const k of m[1]!.matchAll(/'([a-z-]+)'/g)) types.add(k[1]!);
      }
    }
  }
  return [...types].sort();
}

const NAMES: Record<string, string> = {
  'c-1001': '陈立',
  't-2001': '李强',
  't-2002': '赵磊',
  'e-2901': '周博',
  'd-3001': '吴静',
  system: '系统',
};
const n = (id: string) => NAMES[id] ?? id;
let seq = 0;
const ev = (type: string, by: string, byRole: string, extra: Partial<TicketEvent> = {}): TicketEvent => ({
  seq: ++seq,
  at: '2026-11-25T02:00:00.000Z',
  by,
  byRole,
  type,
  ...extra,
});
const say = (e: TicketEvent, viewer: Viewer) => eventText(e, n, viewer);
const both = (e: TicketEvent) => [say(e, 'staff'), say(e, 'customer')];

describe('the timeline never shows a bare code', () => {
  test('the scan finds the event types the code appends (it would miss nothing it should check)', () => {
    const types = appendedTypes();
    for (const t of ['reported', 'offered', 'accepted', 'paused', 'resumed', 'sla-breached', 'escalated']) {
      expect(types).toContain(t);
    }
    expect(types.length).toBeGreaterThanOrEqual(20);
  });

  test.each(appendedTypes())('"%s" has Chinese words for staff and for customers', (type) => {
    for (const viewer of ['staff', 'customer'] as const) {
      const text = say(ev(type, 't-2001', 'technician', { data: { milestone: 'respond', label: '响应' } }), viewer);
      expect(text).not.toContain(type);
      expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('pauses and replies say who and what', () => {
  test('a pause names the technician, what they wait for and why', () => {
    const paused = ev('paused', 't-2001', 'technician', { note: '请开通远程权限', data: { kind: 'customer' } });
    expect(say(paused, 'staff')).toBe('李强 暂停计时（等待客户）：请开通远程权限');
    expect(say(paused, 'customer')).toBe('李强 暂停计时（等待您的回复）：请开通远程权限');
    const parts = ev('paused', 't-2001', 'technician', { note: '主板到货后更换', data: { kind: 'parts' } });
    expect(both(parts)).toEqual([
      '李强 暂停计时（等待配件）：主板到货后更换',
      '李强 暂停计时（等待配件）：主板到货后更换',
    ]);
  });

  test('the customer’s reply is prefixed with their name; the assignee’s resume says the parts came', () => {
    const reply = ev('resumed', 'c-1001', 'customer', { note: '已开通', data: { kind: 'customer' } });
    expect(both(reply)).toEqual(['陈立 回复：已开通，计时恢复', '陈立 回复：已开通，计时恢复']);
    expect(say(ev('resumed', 'c-1001', 'customer', { data: { kind: 'customer' } }), 'staff')).toBe(
      '陈立 已回复，计时恢复',
    );
    expect(say(ev('resumed', 't-2001', 'technician', { data: { kind: 'parts' } }), 'staff')).toBe(
      '李强 确认配件已到，计时恢复',
    );
  });
});

describe('the customer’s view shows no internal blame', () => {
  test('a timed-out offer: staff see who, the customer sees the ticket being passed on', () => {
    const e = ev('offer-timeout', 'system', 'system', { data: { technicianId: 't-2001' } });
    expect(both(e)).toEqual(['李强 超时未接单，已改派', '正在为您改派工程师']);
  });

  test('a rejection: staff see who and why, the customer neither', () => {
    const e = ev('rejected', 't-2001', 'technician', { note: '在另一现场' });
    expect(both(e)).toEqual(['李强 拒单：在另一现场', '正在为您改派工程师']);
  });

  test('the queue: staff see each candidate’s reason, the customer that an engineer is being found', () => {
    const e = ev('queued', 'system', 'system', {
      data: { trigger: 'report', excluded: ['李强：不在班', '赵磊：已达接单上限（5/5）'] },
    });
    expect(both(e)).toEqual([
      '暂无可派工程师（李强：不在班；赵磊：已达接单上限（5/5）），已转调度人工派单',
      '正在为您安排工程师',
    ]);
    expect(say(ev('queued', 'system', 'system', { data: { trigger: 'report' } }), 'staff')).toBe(
      '暂无可派工程师，已转调度人工派单',
    );
  });

  test('breaches and escalations: staff see the rung and who was called, the customer a calm line', () => {
    const breach = ev('sla-breached', 'system', 'system', {
      data: { milestone: 'respond', label: '响应', dueAt: '2026-11-25T02:30:00.000Z' },
    });
    expect(both(breach)).toEqual([
      '「响应」已超时（时限 11-25 10:30）',
      '「响应」未能在承诺时间内完成，已安排专人跟进',
    ]);
    const escalated = ev('escalated', 'system', 'system', {
      data: { milestone: 'respond', label: '响应', level: 2, notified: ['e-2901', 'd-3001'] },
    });
    expect(both(escalated)).toEqual(['「响应」升级至专家团队，已通知 周博、吴静', '已升级处理，专人跟进中']);
    const acked = ev('escalation-acknowledged', 'e-2901', 'expert', { data: { milestone: 'respond', level: 2 } });
    expect(both(acked)).toEqual(['周博 认领「响应」升级（我来处理）', '专人已接手跟进']);
    const warned = ev('sla-warned', 'system', 'system', {
      data: { milestone: 'respond', label: '响应', dueAt: '2026-11-25T02:30:00.000Z' },
    });
    expect(both(warned)).toEqual(['「响应」即将到期（时限 11-25 10:30）', '正在加紧为您处理']);
  });

  test('offers and the desk’s moves: staff see names, the customer that an engineer is being found', () => {
    const offered = ev('offered', 'system', 'system', { data: { technicianId: 't-2002', trigger: 'timeout' } });
    expect(both(offered)).toEqual(['系统改派给 赵磊', '正在为您改派工程师']);
    const moved = ev('assigned', 'd-3001', 'dispatcher', {
      data: { technicianId: 't-2002', previousAssigneeId: 't-2001' },
    });
    expect(both(moved)).toEqual(['吴静 将工单从 李强 改派给 赵磊', '正在为您改派工程师']);
    expect(both(ev('plan-attached', 'e-2901', 'expert', { note: '更换主控板' }))).toEqual([
      '周博 提交专家方案：更换主控板',
      '专家团队已制定解决方案',
    ]);
  });
});
