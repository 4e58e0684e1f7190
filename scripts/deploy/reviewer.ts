// A WeChat reviewer's way in (`npm run deploy:cloudbase -- --reviewer`): a demo customer organisation with two
// devices, and invitation codes that bind a reviewer's WeChat to it as a customer (auth.bind, the 绑定 page). Written
// through the store port, so the same code runs against CloudBase (node-sdk) and, in tests, SQLite. Idempotent:
// the organisation and devices are made once; codes are issued until `codes` unused, unexpired ones exist.
import { randomBytes } from 'node:crypto';
import { invitationCodeFrom } from '../../core/identity/invitation';
import type { CustomerDoc, DeviceDoc, InvitationDoc } from '../../core/model';
import { calendarDateOf, inBusinessTime, toInstant } from '../../core/time';
import { dbOf } from '../../platform/collections';
import type { NewDoc, Store } from '../../platform/ports';

export const REVIEW_CUSTOMER_ID = 'cust-review';
export const REVIEW_CREATED_BY = 'deploy:reviewer';
/** a WeChat review can take a week or two; the codes outlast it */
export const REVIEW_CODE_DAYS = 30;

export interface ReviewerAccess {
  customerId: string;
  customerName: string;
  /** the codes a reviewer can enter now, with when each expires */
  codes: { code: string; expiresAt: string }[];
  issued: number;
}

function reviewCustomer(region: string, at: string): NewDoc<CustomerDoc> {
  return {
    id: REVIEW_CUSTOMER_ID,
    name: '微信审核演示单位',
    region,
    address: '（演示单位，供微信审核体验报修流程）',
    contactName: '审核演示联系人',
    contactPhone: '13800000000',
    contract: { no: 'DEMO-REVIEW' },
    createdAt: at,
  };
}

function reviewDevices(now: Date, at: string): NewDoc<DeviceDoc>[] {
  const monthsAgo = (months: number) => calendarDateOf(inBusinessTime(now).subtract(months, 'month').toDate());
  const site = '（演示）审核体验现场';
  return [
    {
      id: 'REVIEW-A',
      serial: 'REVIEW-A',
      customerId: REVIEW_CUSTOMER_ID,
      name: '演示自助终端（在保）',
      model: 'DEMO-1',
      productLine: 'kiosk',
      siteAddress: site,
      acceptedAt: monthsAgo(2),
      createdAt: at,
    },
    {
      id: 'REVIEW-B',
      serial: 'REVIEW-B',
      customerId: REVIEW_CUSTOMER_ID,
      name: '演示打印机（已过保）',
      model: 'DEMO-2',
      productLine: 'printer',
      siteAddress: site,
      acceptedAt: monthsAgo(18),
      createdAt: at,
    },
  ];
}

export async function ensureReviewerAccess(store: Store, now: Date, codes = 3): Promise<ReviewerAccess> {
  const db = dbOf(store);
  const at = toInstant(now);
  // the organisation's region: the first station's, so a reviewer's report is routed like a real one
  const stations = await db.stations.findAll();
  const region = stations.find((s) => s.region && s.region !== '全国')?.region ?? '全国';
  const { doc: customer } = await db.customers.insertIfAbsent(reviewCustomer(region, at));
  for (const device of reviewDevices(now, at)) await db.devices.insertIfAbsent(device);

  const usable = (await db.invitations.findAll({ customerId: REVIEW_CUSTOMER_ID }))
    .filter((i) => !i.usedBy && Date.parse(i.expiresAt) > now.getTime())
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  let issued = 0;
  const expiresAt = toInstant(new Date(now.getTime() + REVIEW_CODE_DAYS * 86_400_000));
  for (let attempts = 0; usable.length < codes && attempts < codes * 5; attempts++) {
    const code = invitationCodeFrom(randomBytes(32));
    if (!code) continue;
    const invitation: NewDoc<InvitationDoc> = {
      id: code,
      code,
      role: 'customer',
      customerId: REVIEW_CUSTOMER_ID,
      name: '微信审核员',
      createdBy: REVIEW_CREATED_BY,
      createdAt: at,
      expiresAt,
    };
    const { doc, created } = await db.invitations.insertIfAbsent(invitation);
    if (!created) continue;
    usable.push(doc);
    issued += 1;
  }
  return {
    customerId: customer.id,
    customerName: customer.name,
    codes: usable.map((i) => ({ code: i.code, expiresAt: i.expiresAt })),
    issued,
  };
}
