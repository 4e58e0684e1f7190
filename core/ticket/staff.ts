// The people a ticket's decisions may call on besides its assignee — the desk (dispatchers and admins) and the expert
// team — loaded before deciding, so a decision can say who is told without reading the store.
import type { Recipient } from '../notify/messages';

export interface Staff {
  /** dispatchers and admins: they act in the desk */
  desk: Recipient[];
  /** the expert team */
  experts: Recipient[];
}

/** A recipient with the role that picks the screen a message opens (field staff unless known otherwise). */
export function recipientOf(staff: Staff, id: string): Recipient {
  return staff.desk.find((d) => d.id === id) ?? staff.experts.find((e) => e.id === id) ?? { id, role: 'technician' };
}
