import { AppError } from '../errors';
import type { ContactDoc, SiteDoc } from '../model';
import { customerSummaryOf, decideContactSave } from './customer';

const now = new Date('2026-12-01T02:00:00Z');
const contact = (id: string, extra: Partial<ContactDoc> = {}): ContactDoc => ({
  id,
  version: 1,
  customerId: 'cust-1',
  name: id,
  phone: '13800000000',
  primary: false,
  createdAt: `2026-01-0${id.slice(-1)}T00:00:00.000Z`,
  ...extra,
});
const site = (id: string, address: string): SiteDoc => ({
  id,
  version: 1,
  customerId: 'cust-1',
  name: id,
  region: '上海市浦东新区',
  address,
  createdAt: `2026-01-0${id.slice(-1)}T00:00:00.000Z`,
});
const save = (fields: object, contacts: ContactDoc[], id = 'ct-9') =>
  decideContactSave({
    current: contacts.find((c) => c.id === id) ?? null,
    customerId: 'cust-1',
    id,
    fields: { name: '新联系人', phone: '13900000000', ...fields },
    contacts,
    sites: [{ id: 'site-1' }],
    now,
  });

describe('contacts: one primary', () => {
  test('the first contact is primary of itself', () => {
    expect(save({}, []).contact.primary).toBe(true);
  });

  test('making one primary demotes the one before', () => {
    const decided = save({ primary: true }, [contact('ct-1', { primary: true })]);
    expect(decided.contact.primary).toBe(true);
    expect(decided.demoted.map((c) => c.id)).toEqual(['ct-1']);
  });

  test('the primary cannot stop being primary, or leave, while another contact remains', () => {
    const contacts = [contact('ct-1', { primary: true }), contact('ct-2')];
    expect(() => save({ primary: false }, contacts, 'ct-1')).toThrow(AppError);
    expect(() => save({ active: false }, contacts, 'ct-1')).toThrow(/另一位联系人/);
    // an ordinary contact leaves freely
    expect(save({ active: false }, contacts, 'ct-2').contact).toMatchObject({ active: false, primary: false });
  });

  test("a site that is not the customer's is refused, naming the field", () => {
    try {
      save({ siteId: 'site-of-someone-else' }, []);
      throw new Error('not refused');
    } catch (e) {
      expect((e as AppError).details).toEqual([{ path: 'contact.siteId', message: '所选现场不属于该客户' }]);
    }
  });
});

describe('what a customer repeats of its sites and contacts', () => {
  test("the primary contact's name and phone, and their site's address (else the earliest site)", () => {
    const sites = [site('site-1', '一号楼'), site('site-2', '二号楼')];
    expect(
      customerSummaryOf(sites, [contact('ct-1', { primary: true, siteId: 'site-2', name: '甲', phone: '1' })]),
    ).toEqual({
      address: '二号楼',
      contactName: '甲',
      contactPhone: '1',
    });
    expect(customerSummaryOf(sites, [])).toEqual({ address: '一号楼', contactName: '', contactPhone: '' });
  });

  test('a primary who left is no primary', () => {
    expect(customerSummaryOf([], [contact('ct-1', { primary: true, active: false })]).contactName).toBe('');
  });
});
