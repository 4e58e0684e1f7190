import { rungPeople, rungRecipients, type SlaStaff } from './recipients';

const staff = (inactive: string[] = []): SlaStaff => ({
  dispatchers: [{ id: 'd-1' }],
  admins: [{ id: 'a-1' }],
  experts: [{ id: 'e-1', stationId: 'st-x' }],
  stations: [{ id: 'st-1', region: '浦东', leadId: 't-lead' }],
  rosters: [],
  holidayName: () => null,
  inactive,
});

test('nobody who left is called by an escalation, though a station or the ticket still names them', () => {
  const now = new Date('2026-12-01T02:00:00Z');
  expect(rungRecipients(1, 't-holder', rungPeople('浦东', staff(), now))).toEqual(['t-holder', 't-lead', 'd-1']);
  expect(rungRecipients(3, 't-holder', rungPeople('浦东', staff(['t-lead', 't-holder']), now))).toEqual([
    'd-1',
    'e-1',
    'a-1',
  ]);
});
