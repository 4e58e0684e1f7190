import { INVITATION_ALPHABET } from '../schemas/auth';
import { customerTicketCode, ticketCounterId, ticketNumber } from './number';

const at = new Date('2026-11-25T02:00:00.000Z'); // 10:00 in Shanghai

describe('ticket numbers', () => {
  test('each customer counts its own tickets of the day: two customers’ first tickets both end in 001', () => {
    const a = ticketNumber(at, 'cust-1001', 1);
    const b = ticketNumber(at, 'cust-1002', 1);
    expect(a).toMatch(/^GD20261125-[A-Z2-9]{4}-001$/);
    expect(b).toMatch(/^GD20261125-[A-Z2-9]{4}-001$/);
    expect(a).not.toBe(b);
    // and they count on different counters, so one customer's reports never move the other's number
    expect(ticketCounterId(at, 'cust-1001')).not.toBe(ticketCounterId(at, 'cust-1002'));
  });

  test('the number is unique: customer code, day and sequence; the counter is the code’s, so a shared code shares it', () => {
    expect(ticketCounterId(at, 'cust-1001')).toBe(`ticket-no-2026-11-25-${customerTicketCode('cust-1001')}`);
    expect(ticketNumber(at, 'cust-1001', 12)).toBe(`GD20261125-${customerTicketCode('cust-1001')}-012`);
    expect(ticketNumber(at, 'cust-1001', 1234)).toBe(`GD20261125-${customerTicketCode('cust-1001')}-1234`);
    // business date: 23:30 UTC is the next day in Shanghai
    expect(ticketNumber(new Date('2026-11-25T16:30:00Z'), 'cust-1001', 1)).toMatch(/^GD20261126-/);
  });

  test('a customer’s code is stable, four characters readable on the phone, and spreads over customers', () => {
    expect(customerTicketCode('cust-1001')).toBe(customerTicketCode('cust-1001'));
    const codes = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const code = customerTicketCode(`cust-${i}`);
      expect(code).toHaveLength(4);
      for (const c of code) expect(INVITATION_ALPHABET).toContain(c);
      codes.add(code);
    }
    expect(codes.size).toBeGreaterThan(490);
  });
});
