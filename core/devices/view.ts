// What a caller sees of a device: its identity, site, and warranty status now.
import type { CustomerDoc, DeviceDoc } from '../model';
import { productLineLabel } from './product-lines';
import type { DeviceView } from '../schemas/devices';
import { warrantyStatus } from '../warranty/status';
import { warrantyView } from '../warranty/view';

export function deviceView(device: DeviceDoc, customer: CustomerDoc | null, now: Date): DeviceView {
  return {
    id: device.id,
    serial: device.serial,
    name: device.name,
    model: device.model,
    productLine: device.productLine,
    productLineName: productLineLabel(device.productLine),
    siteAddress: device.siteAddress,
    customerId: device.customerId,
    customerName: customer?.name ?? '',
    acceptedAt: device.acceptedAt,
    warranty: warrantyView(warrantyStatus(device, customer, now)),
  };
}
