// A device's or a ticket's warranty as every screen shows it: the service's own words (label, terms, lastDay) on the
// state's colour — green 在保, amber 即将过保, red 已过保, grey-blue 未验收 (the delivery project: the contract
// applies, neither free nor billed at cost). The app adds no warranty words of its own.
import type { Ticket, Warranty } from './api';

export type WarrantyState = Ticket['warranty']['state'];
export type WarrantyTone = 'ok' | 'warn' | 'bad' | 'contract';

export const WARRANTY_TONES: Record<WarrantyState, WarrantyTone> = {
  in: 'ok',
  expiring: 'warn',
  out: 'bad',
  'not-accepted': 'contract',
};

/** The fields both shapes carry (a device's warranty names its state `status`, a ticket's `state`). */
export interface WarrantyFacts {
  state: WarrantyState;
  label: string;
  terms: string;
  lastDay: string | null;
}

export interface WarrantyWords {
  /** the badge: 在保 · 即将过保 · 已过保 · 未验收 */
  word: string;
  tone: WarrantyTone;
  /** what applies, beside the badge without saying again what it says: 维修与配件免费 · 项目交付期，按合同处理… */
  detail: string;
  /** "保修至 2027-09-01"; null before acceptance */
  until: string | null;
}

export const ofDevice = (w: Pick<Warranty, 'status' | 'label' | 'terms' | 'lastDay'>): WarrantyFacts => ({
  state: w.status,
  label: w.label,
  terms: w.terms,
  lastDay: w.lastDay,
});

/**
 * What the terms add to the badge, without saying again what the badge says: the terms are "<state>：<what applies>"
 * (在保：维修与配件免费 · 未验收（项目交付期）：按合同处理，不按成本收费); beside the badge go the state's qualifier
 * the badge lacks (项目交付期) and each clause of what applies the badge does not already hold — 在保 → 维修与配件免费;
 * a ticket's 未验收（项目交付期，按合同处理） → 不按成本收费; 即将过保 → 在保，维修与配件免费.
 */
export function detailAfter(label: string, terms: string): string {
  const colon = terms.indexOf('：');
  if (colon < 0) return label.includes(terms) ? '' : terms;
  const head = terms.slice(0, colon);
  const word = label.split('（')[0] ?? label;
  const qualifier = word && head.startsWith(word) ? head.slice(word.length).replace(/^（(.*)）$/, '$1') : head;
  const clauses = [qualifier, ...terms.slice(colon + 1).split('，')].map((c) => c.trim());
  return clauses.filter((c) => c && !label.includes(c)).join('，');
}

export function warrantyWords(w: WarrantyFacts): WarrantyWords {
  return {
    word: w.label,
    tone: WARRANTY_TONES[w.state],
    detail: detailAfter(w.label, w.terms),
    until: w.lastDay ? `保修至 ${w.lastDay}` : null,
  };
}
