// The service plan's promised minutes in one place for the UI's plain-language explanations (the policy is the source).
import { DEFAULT_POLICY } from './policy';

const minutes = (severity: 'common' | 'major', name: string) =>
  DEFAULT_POLICY.chains[severity].find((m) => m.name === name)!.withinMinutes;

export const SLA_MINUTES = {
  respond: { common: minutes('common', 'respond'), major: minutes('major', 'respond') },
  remoteFix: minutes('common', 'remoteFix'),
  arrive: minutes('common', 'onsite'),
  plan: minutes('major', 'plan'),
} as const;
