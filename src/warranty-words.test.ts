// Warranty on every screen: the service's words on the state's colour, never a word the app made up.
import { WARRANTY_TERMS, WARRANTY_LABELS, type WarrantyState } from '../core/warranty/status';
import { detailAfter, ofDevice, WARRANTY_TONES, warrantyWords } from './warranty-words';

const facts = (state: WarrantyState, lastDay: string | null = '2027-09-01') => ({
  state,
  label: WARRANTY_LABELS[state],
  terms: WARRANTY_TERMS[state],
  lastDay,
});

test('each state has its colour: green in, amber expiring, red out, grey-blue before acceptance', () => {
  expect(WARRANTY_TONES).toEqual({ in: 'ok', expiring: 'warn', out: 'bad', 'not-accepted': 'contract' });
});

test('in warranty: 在保, free, until the last covered day', () => {
  expect(warrantyWords(facts('in'))).toEqual({
    word: '在保',
    tone: 'ok',
    detail: '维修与配件免费',
    until: '保修至 2027-09-01',
  });
});

test('expiring: 即将过保 in amber, still in warranty and free', () => {
  expect(warrantyWords(facts('expiring'))).toMatchObject({
    word: '即将过保',
    tone: 'warn',
    detail: '在保，维修与配件免费',
  });
});

test('out of warranty: 已过保 in red, billed at cost', () => {
  expect(warrantyWords(facts('out', '2026-01-09'))).toEqual({
    word: '已过保',
    tone: 'bad',
    detail: '维修与配件按成本收费',
    until: '保修至 2026-01-09',
  });
});

test('not yet accepted: 未验收 in grey-blue, the contract applies — never 在保免费 nor 按成本收费 alone', () => {
  const words = warrantyWords(facts('not-accepted', null));
  expect(words).toEqual({
    word: '未验收',
    tone: 'contract',
    detail: '项目交付期，按合同处理，不按成本收费',
    until: null,
  });
  expect(words.detail).not.toMatch(/^(在保|已过保)/);
});

test('a ticket’s 未验收 label already says the contract applies: the detail adds only what it does not', () => {
  const ticket = { ...facts('not-accepted', null), label: '未验收（项目交付期，按合同处理）' };
  expect(warrantyWords(ticket)).toMatchObject({ word: '未验收（项目交付期，按合同处理）', detail: '不按成本收费' });
});

test('terms in another shape are shown, less what the badge already says', () => {
  expect(detailAfter('在保', '合同约定：年度维保')).toBe('合同约定，年度维保');
  expect(detailAfter('', '在保：维修与配件免费')).toBe('在保，维修与配件免费');
  expect(detailAfter('未验收', '按合同处理')).toBe('按合同处理');
  expect(detailAfter('未验收（按合同处理）', '按合同处理')).toBe('');
});

test('a device warranty (status) reads the same as a ticket warranty (state)', () => {
  const device = { status: 'out' as const, label: '已过保', terms: WARRANTY_TERMS.out, lastDay: '2026-01-09' };
  expect(warrantyWords(ofDevice(device))).toEqual(warrantyWords(facts('out', '2026-01-09')));
});
