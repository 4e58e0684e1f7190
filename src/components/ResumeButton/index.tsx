// 恢复计时 on a staff ticket page: ends a pause so the service clock runs again (only while the ticket can resume).
import type { Ticket } from '../../api';
import type { TicketMoves } from '../../hooks/useTicketPage';
import { useTicketsStore } from '../../store/tickets';
import PrimaryButton from '../PrimaryButton';

interface Props {
  ticket: Ticket;
  moves: Pick<TicketMoves<string>, 'busy' | 'run'>;
}

export default function ResumeButton({ ticket, moves }: Props) {
  const resume = useTicketsStore((s) => s.resume);
  if (!ticket.can.includes('resume')) return null;
  return (
    <PrimaryButton
      className="ticket-action-resume"
      secondary
      loading={moves.busy === 'resume'}
      disabled={!!moves.busy}
      onClick={() => void moves.run('resume', () => resume(ticket.id), '已恢复计时')}
    >
      恢复计时
    </PrimaryButton>
  );
}
