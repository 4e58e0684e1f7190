// The wire form of a survey.
import type { SurveyDoc } from '../../core/model';
import { overallOf } from '../../core/survey/stats';
import { toWire } from '../../core/time';

export function surveyView(s: SurveyDoc) {
  return {
    id: s.id,
    ticketId: s.ticketId,
    technicianId: s.technicianId,
    scores: s.scores,
    overall: overallOf(s.scores),
    ...(s.comment ? { comment: s.comment } : {}),
    submittedAt: toWire(s.submittedAt),
  };
}

/** One survey per ticket: its id is derived from the ticket's. */
export const surveyIdOf = (ticketId: string) => `sv_${ticketId}`;
