// The device pages' outputs, which carry tickets: a device's history (devices.history) and the page a customer's scan
// of its QR label opens (devices.get). Apart from devices.ts, which tickets.ts imports.
import { z } from 'zod';
import { Serial, WireInstant } from './common';
import { AcceptanceView, DeviceView } from './devices';
import { TicketView } from './tickets';

export const DeviceSerialInput = z.object({ serial: Serial }).strict();

export const PartsSummary = z.object({
  name: z.string(),
  /** units used across the device's fault reports (every round) */
  quantity: z.number().int(),
  /** the tickets (numbers) whose reports used it */
  tickets: z.array(z.string()),
  lastUsedAt: WireInstant,
});

export const DevicesHistoryOutput = z.object({
  device: DeviceView,
  /** its acceptance (the current one; null: not accepted yet) */
  acceptance: AcceptanceView.nullable(),
  /** earlier acceptances: failed ones repeated, corrected ones */
  earlierAcceptances: z.array(AcceptanceView),
  /** its tickets, newest first (at most 100; ticketCount says how many there are) */
  tickets: z.array(TicketView),
  ticketCount: z.number().int(),
  /**
   * its follow-ups (weekly calls after acceptance, return visits): always empty for now — the follow-ups feature
   * fills it once it exists
   */
  followups: z.array(z.object({ id: z.string() }).passthrough()),
  /** the parts used on it, across its tickets' fault reports */
  parts: z.array(PartsSummary),
});

export const DevicesGetOutput = z.object({
  device: DeviceView,
  /** its open tickets, newest first */
  openTickets: z.array(TicketView),
  /** what its QR label carries (core/devices/qr: deviceQrPayload) */
  qr: z.string(),
  /** the 7×24 hotline */
  hotline: z.string(),
});
