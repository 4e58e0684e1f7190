// Whether a fault may be reported on a device now: a retired device, or a customer whose contract ended, takes no
// new tickets (their history stays readable). Shared by the customer's report and the hotline's.
import { AppError } from '../errors';
import type { CustomerDoc, DeviceDoc } from '../model';

export function requireReportable(
  device: Pick<DeviceDoc, 'active'>,
  customer: Pick<CustomerDoc, 'active' | 'name'>,
): void {
  if (customer.active === false) {
    throw new AppError('CONFLICT', `客户「${customer.name}」的服务合同已停用，不能报修：请拨打服务热线`);
  }
  if (device.active === false) throw new AppError('CONFLICT', '该设备已停用，不能报修：请拨打服务热线');
}

/** The region a device's tickets are routed in: its site's, else its customer's. */
export const reportRegionOf = (device: Pick<DeviceDoc, 'region'>, customer: Pick<CustomerDoc, 'region'>): string =>
  device.region ?? customer.region;
