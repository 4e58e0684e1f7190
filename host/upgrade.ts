// Brings documents stored before master data (a `.data/` from an earlier version) up to what the saves now keep in
// step: search keys, a device's last covered day. Runs at every start and touches only documents missing them, so
// after the first start it reads three small indexed queries' worth and writes nothing.
import { customerSearchKeys, deviceSearchKeys, staffSearchKeys } from '../core/masterdata/search-keys';
import { warrantyLastDayOf } from '../core/masterdata/device';
import { STAFF_ROLES } from '../core/model';
import { dbOf } from '../platform/collections';
import type { Store } from '../platform/ports';

export async function upgradeMasterData(store: Store): Promise<number> {
  const db = dbOf(store);
  let upgraded = 0;
  for (const c of await db.customers.findAll({ searchKeys: null })) {
    const [contacts, devices] = await Promise.all([db.contacts.ofCustomer(c.id), db.devices.ofCustomer(c.id)]);
    const keys = customerSearchKeys({
      name: c.name,
      contacts: contacts.length ? contacts : c.contactName ? [{ name: c.contactName, phone: c.contactPhone }] : [],
      serials: devices.map((d) => d.serial),
    });
    await db.customers.update(c.id, { searchKeys: keys });
    upgraded++;
  }
  const customers = new Map((await db.customers.findAll()).map((c) => [c.id, c]));
  for (const d of await db.devices.findAll({ searchKeys: null })) {
    const customer = customers.get(d.customerId) ?? null;
    await db.devices.update(d.id, { searchKeys: deviceSearchKeys(d), warrantyLastDay: warrantyLastDayOf(d, customer) });
    upgraded++;
  }
  for (const u of await db.users.findAll({ searchKeys: null, role: { in: [...STAFF_ROLES] } })) {
    await db.users.update(u.id, { searchKeys: staffSearchKeys(u) });
    upgraded++;
  }
  return upgraded;
}
