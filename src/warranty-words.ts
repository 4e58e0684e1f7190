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
  /** what applies, beside the badge without saying the badge's word again: 维修与配件免费 · 项目交付期：按合同处理… */
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
 * The terms after the badge: "在保：维修与配件免费" beside 在保 reads "维修与配件免费"; "未验收（项目交付期）：…"
 * beside 未验收 reads "项目交付期：…"; terms that do not start with the badge's word stay whole (即将过保 · 在保：…).
 */
export function detailAfter(label: string, terms: string): string {
  if (!label || !terms.startsWith(label)) return terms;
  const rest = terms.slice(label.length);
  if (rest.startsWith('：')) return rest.slice(1);
  const aside = /^（([^）]+)）(.*)$/.exec(rest);
  return aside ? `${aside[1]}${aside[2]}` : terms;
}

export function warrantyWords(w: WarrantyFacts): WarrantyWords {
  return {
    word: w.label,
    tone: WARRANTY_TONES[w.state],
    detail: detailAfter(w.label, w.terms),
    until: w.lastDay ? `保修至 ${w.lastDay}` : null,
  };
}
