// Who may see a device: its own customer's users and staff. Others are told it does not exist (API.md: hide existence).
import { AppError } from '../errors';
import type { UserCaller } from '../identity/caller';
import type { DeviceDoc } from '../model';

export function canSeeDevice(caller: UserCaller, device: Pick<DeviceDoc, 'customerId'>): boolean {
  return caller.role !== 'customer' || caller.customerId === device.customerId;
}

export function requireDeviceVisible<T extends Pick<DeviceDoc, 'customerId'>>(caller: UserCaller, device: T | null): T {
  if (!device || !canSeeDevice(caller, device)) throw new AppError('NOT_FOUND', '未找到该设备，请核对序列号');
  return device;
}
