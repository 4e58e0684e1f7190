// A job in the technician's inbox: the clock first (响应剩余 42 分钟), then what, where and for whom; 接单/拒单 on offers.
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { openPage, PAGES } from '../../navigation';
import PrimaryButton from '../PrimaryButton';
import SlaClock from '../SlaClock';
import StatusTag from '../StatusTag';
import './index.scss';

interface Props {
  ticket: Ticket;
  now: Date;
  onAccept?: () => void;
  onReject?: () => void;
  /** a move on this card is being sent */
  busy?: boolean;
}

export default function InboxCard({ ticket, now, onAccept, onReject, busy }: Props) {
  const offered = ticket.can.includes('accept');
  return (
    <View
      className={`inbox-card inbox-card-${ticket.id}${offered ? ' inbox-card--offer' : ''}`}
      onClick={() => openPage(PAGES.technicianJob, { id: ticket.id })}
    >
      <View className="inbox-card__head">
        <SlaClock ticket={ticket} now={now} className="inbox-card__clock" />
        <StatusTag ticket={ticket} />
      </View>
      <View className="inbox-card__title">
        {ticket.severity === 'major' ? <Text className="inbox-card__major">重大故障</Text> : null}
        <Text>
          {ticket.deviceName} · {ticket.categoryLabel}
        </Text>
      </View>
      <View className="inbox-card__description">{ticket.description}</View>
      <View className="inbox-card__line">{ticket.customerName}</View>
      <View className="inbox-card__line">{ticket.address}</View>
      <View className="inbox-card__line">
        {ticket.warranty.inWarranty ? '在保 · 免费' : '已过保 · 按成本收费'} · {ticket.no}
      </View>
      {offered && (onAccept || onReject) ? (
        <View className="inbox-card__actions" onClick={(e) => e.stopPropagation()}>
          {onReject ? (
            <View className="inbox-card__action">
              <PrimaryButton className="inbox-reject" secondary size="normal" disabled={busy} onClick={onReject}>
                拒单
              </PrimaryButton>
            </View>
          ) : null}
          {onAccept ? (
            <View className="inbox-card__action">
              <PrimaryButton className="inbox-accept" size="normal" loading={busy} disabled={busy} onClick={onAccept}>
                接单
              </PrimaryButton>
            </View>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
