// What a caller sees of a device: its identity, site, and warranty status now.
import { revisionOf, type CustomerDoc, type DeviceDoc, type SiteDoc } from '../model';
import { productLineLabel } from './product-lines';
import type { DeviceView } from '../schemas/devices';
import { warrantyStatus } from '../warranty/status';
import { warrantyView } from '../warranty/view';

export function deviceView(
  device: DeviceDoc,
  customer: CustomerDoc | null,
  now: Date,
  site: Pick<SiteDoc, 'name'> | null = null,
): DeviceView {
  return {
    id: device.id,
    version: revisionOf(device),
    serial: device.serial,
    name: device.name,
    model: device.model,
    productLine: device.productLine,
    productLineName: productLineLabel(device.productLine),
    siteAddress: device.siteAddress,
    siteId: device.siteId ?? null,
    siteName: site?.name ?? null,
    region: device.region ?? customer?.region ?? '',
    customerId: device.customerId,
    customerName: customer?.name ?? '',
    acceptedAt: device.acceptedAt,
    warrantyMonths: device.warrantyMonths ?? null,
    active: device.active !== false,
    warranty: warrantyView(warrantyStatus(device, customer, now)),
  };
}
