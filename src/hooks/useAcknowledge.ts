// 我来处理: take an escalation; when someone else already took it (409) say so and show who, from a fresh copy.
import { useState } from 'react';
import { isApiError, messageOf, type Milestone } from '../api';
import { toast } from '../confirm';
import { useTicketsStore } from '../store/tickets';

export interface Acknowledging {
  /** the milestone of this ticket being taken now */
  busyFor: (ticketId: string) => Milestone | null;
  take: (ticketId: string, milestone: Milestone) => Promise<boolean>;
}

export function useAcknowledge(): Acknowledging {
  const acknowledge = useTicketsStore((s) => s.acknowledge);
  const load = useTicketsStore((s) => s.load);
  const [busy, setBusy] = useState<{ ticketId: string; milestone: Milestone } | null>(null);
  const take = async (ticketId: string, milestone: Milestone) => {
    setBusy({ ticketId, milestone });
    try {
      await acknowledge(ticketId, milestone);
      toast('已认领，请尽快处理', 'success');
      return true;
    } catch (e) {
      toast(messageOf(e));
      if (isApiError(e) && e.code === 'CONFLICT') void load(ticketId);
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busyFor: (ticketId) => (busy?.ticketId === ticketId ? busy.milestone : null), take };
}
