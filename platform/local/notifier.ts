// Local notifications: stored in the outbox and shown in the app; nothing leaves the machine.
import type { Clock, Notifier, Store } from '../ports';
import { createOutboxNotifier } from '../contract/outbox';

export function createLocalNotifier(options: { store: Store; clock: Clock }): Notifier {
  return createOutboxNotifier(options);
}
