// A ticket page's common ground (customer 工单详情, technician 工单 and 填写处理报告, desk 工单): the signed-in user
// for the page's roles, the ticket named by ?id= (refreshed on show, polled, pull-to-refresh), the service clock, and
// the busy/dialog state with the two ways a page runs a move: a button (`run`) and a dialog or form (`submitting`).
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { messageOf } from '../api';
import { toast } from '../confirm';
import { useNow } from './useOnShow';
import { useRequireUser } from './useSession';
import { useTicket } from './useTicket';

type Roles = Parameters<typeof useRequireUser>[0];

export function useTicketPage(roles: Roles, { poll = true }: { poll?: boolean } = {}) {
  const session = useRequireUser(roles);
  const { params } = useRouter();
  const ticketState = useTicket(params.id ?? '', !!session.user, { poll });
  const now = useNow();
  return { ...session, ...ticketState, params, now };
}

export type TicketPageState = ReturnType<typeof useTicketPage>;

/** A dialog or form move: toast how it went; on failure rethrow so the dialog or form stays open with its input. */
export async function submitting(move: () => Promise<unknown>, done: string): Promise<void> {
  try {
    await move();
  } catch (e) {
    toast(messageOf(e));
    throw e;
  }
  toast(done, 'success');
}

export interface TicketMoves<D extends string> {
  /** the move running now (its button shows loading, the others are disabled) */
  busy: string | null;
  setBusy: (name: string | null) => void;
  dialog: D | null;
  setDialog: (dialog: D | null) => void;
  /** a button move: busy while it runs, toast how it went; resolves to its result, or undefined when it failed */
  run: <T>(name: string, move: () => Promise<T>, done: string) => Promise<T | undefined>;
  /** a dialog's confirm: on success close the dialog and toast `done`; on failure toast and rethrow */
  closing: <A extends unknown[]>(move: (...args: A) => Promise<unknown>, done: string) => (...args: A) => Promise<void>;
}

export function useTicketMoves<D extends string = never>(): TicketMoves<D> {
  const [busy, setBusy] = useState<string | null>(null);
  const [dialog, setDialog] = useState<D | null>(null);
  const run = async <T>(name: string, move: () => Promise<T>, done: string) => {
    setBusy(name);
    try {
      const result = await move();
      toast(done, 'success');
      return result;
    } catch (e) {
      toast(messageOf(e));
      return undefined;
    } finally {
      setBusy(null);
    }
  };
  const closing =
    <A extends unknown[]>(move: (...args: A) => Promise<unknown>, done: string) =>
    (...args: A) =>
      submitting(async () => {
        await move(...args);
        setDialog(null);
      }, done);
  return { busy, setBusy, dialog, setDialog, run, closing };
}
