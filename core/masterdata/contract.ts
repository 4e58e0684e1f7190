// The service contract (服务合同) of a customer: its number, the warranty length of its devices, its SLA terms (the
// minutes of each clock, overriding the service plan's) and its service hours (7×24, or business hours that skip
// statutory holidays and work the make-up days). The schemas validate a contract wherever one is entered (the desk,
// an import row); contractSlaPolicy is what a ticket of this customer is clocked by.
import { z } from 'zod';
import type { CustomerDoc } from '../model';
import { ALWAYS, describeCalendar, type ServiceHours, type SlaCalendar } from '../sla/calendar';
import { slaPolicy, type SlaOverrides, type SlaPolicy } from '../sla/policy';

/** "HH:mm" business time; "24:00" ends a day. */
const ClockTime = z
  .string()
  .trim()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: '时间格式应为 HH:mm（00:00–24:00）' });

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));

/** Business hours: the ISO weekdays served (1 = Monday … 7 = Sunday) and the hours of each. */
export const BusinessHoursSchema = z
  .object({
    days: z
      .array(
        z
          .number()
          .int()
          .min(1, { message: '星期应为 1–7（周一至周日）' })
          .max(7, { message: '星期应为 1–7（周一至周日）' }),
      )
      .min(1, { message: '请至少选择一天' })
      .max(7),
    from: ClockTime,
    to: ClockTime,
  })
  .strict()
  .superRefine((h, ctx) => {
    if (minutesOf(h.from) >= minutesOf(h.to)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['to'], message: '结束时间应晚于开始时间' });
    }
    if (new Set(h.days).size !== h.days.length) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['days'], message: '星期不能重复' });
    }
  })
  .transform((h) => ({ ...h, days: [...h.days].sort((a, b) => a - b) }));

/** '7x24' (the service plan's round-the-clock service, holidays included), or business hours. */
export const ServiceHoursSchema = z.union([z.literal('7x24'), BusinessHoursSchema]);
export type ServiceHoursTerm = '7x24' | ServiceHours;

/** Minutes of one clock: 5 minutes to one week. */
const ClockMinutes = z
  .number()
  .int({ message: '应为整数分钟' })
  .min(5, { message: '不能少于 5 分钟' })
  .max(10_080, { message: '不能超过 10080 分钟（7 天）' });

/** The contract's own times (minutes), each overriding the service plan's (respond 60 / major 30, remote fix 60, on site 120, plan 120). */
export const SlaTermsSchema = z
  .object({
    respondCommonMinutes: ClockMinutes.optional(),
    respondMajorMinutes: ClockMinutes.optional(),
    remoteFixMinutes: ClockMinutes.optional(),
    onsiteMinutes: ClockMinutes.optional(),
    planMinutes: ClockMinutes.optional(),
    climbAfterMinutes: ClockMinutes.optional(),
  })
  .strict();
export type SlaTerms = z.infer<typeof SlaTermsSchema>;

export const ContractSchema = z
  .object({
    /** the contract number (合同编号) */
    no: z.string().trim().min(1, { message: '请填写合同编号' }).max(40),
    /** warranty months of this contract's devices from acceptance (default: the plan's 12) */
    warrantyMonths: z.number().int({ message: '应为整数' }).min(1).max(120).optional(),
    sla: SlaTermsSchema.optional(),
    serviceHours: ServiceHoursSchema.optional(),
  })
  .strict();
export type ContractInput = z.infer<typeof ContractSchema>;

export type Contract = CustomerDoc['contract'];

/** The calendar a contract's clocks count in: its service hours, else (contracts stored before) its SLA calendar. */
export function contractCalendar(contract: Contract): SlaCalendar {
  const hours = contract.serviceHours;
  if (hours && hours !== '7x24') return { kind: 'hours', hours };
  if (hours === '7x24') return ALWAYS;
  return contract.sla?.calendar ?? ALWAYS;
}

/** Whether the contract departs from the service plan at all (its own times or service hours). */
function hasOwnTerms(contract: Contract): boolean {
  const { calendar: _calendar, ...minutes } = contract.sla ?? {};
  return Object.keys(minutes).length > 0 || contractCalendar(contract).kind !== '24x7';
}

/** The SLA policy a new ticket of this customer is clocked by: the plan's, with the contract's terms and hours. */
export function contractSlaPolicy(contract: Contract): SlaPolicy {
  const overrides: SlaOverrides = { ...(contract.sla ?? {}), calendar: contractCalendar(contract) };
  return slaPolicy(overrides, hasOwnTerms(contract) || contract.sla ? contract.no : 'default');
}

/** The contract as stored: the terms given, nothing else (an absent term falls back to the plan). */
export function contractOf(input: ContractInput): Contract {
  return {
    no: input.no,
    ...(input.warrantyMonths !== undefined ? { warrantyMonths: input.warrantyMonths } : {}),
    ...(input.sla && Object.keys(input.sla).length ? { sla: { ...input.sla } } : {}),
    ...(input.serviceHours !== undefined ? { serviceHours: input.serviceHours } : {}),
  };
}

/** The contract's service hours in words (7×24 小时（含节假日） / 服务时间：周一至周五 …). */
export function describeServiceHours(contract: Contract): string {
  return describeCalendar(contractCalendar(contract));
}
