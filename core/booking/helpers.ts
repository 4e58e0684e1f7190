// Who does remote video help: every active expert, and active technicians flagged `remoteHelp` (set in their staff
// record). Their published hours, met with their station's roster, are what customers can book.
import { isActive, type UserDoc } from '../model';

export function isRemoteHelper(u: Pick<UserDoc, 'role' | 'remoteHelp' | 'active'>): boolean {
  return isActive(u) && (u.role === 'expert' || (u.role === 'technician' && u.remoteHelp === true));
}
