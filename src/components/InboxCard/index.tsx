// A job in the technician's inbox: the clock first (响应剩余 42 分钟), then what, where and for whom; 接单/拒单 on offers;
// on a ticket that calls on an expert or the station lead, who holds it now and 我来接手 when they may take it.
import { Text, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { escalatedTo } from '../../escalation-words';
import { openPage, PAGES } from '../../navigation';
import PrimaryButton from '../PrimaryButton';
import SlaClock from '../SlaClock';
import StatusTag from '../StatusTag';
import WarrantyTerms from '../WarrantyTerms';
import './index.scss';

interface Props {
  ticket: Ticket;
  now: Date;
  onAccept?: () => void;
  onReject?: () => void;
  /** 我来接手 (shown when the ticket's `can` has take) */
  onTake?: () => void;
  /** say who holds it now (a ticket calling on someone who does not hold it) */
  showHolder?: boolean;
  /** a move on this card is being sent */
  busy?: boolean;
}

export default function InboxCard({ ticket, now, onAccept, onReject, onTake, showHolder, busy }: Props) {
  const offered = ticket.can.includes('accept');
  const takeable = ticket.can.includes('take') && !!onTake;
  const escalated = escalatedTo(ticket);
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
        {escalated ? <Text className="inbox-card__escalated">已升级 · {escalated}</Text> : null}
        <Text>
          {ticket.deviceName} · {ticket.categoryLabel}
        </Text>
      </View>
      <View className="inbox-card__description">{ticket.description}</View>
      <View className="inbox-card__line">{ticket.customerName}</View>
      <View className="inbox-card__line">{ticket.address}</View>
      <WarrantyTerms warranty={ticket.warranty} compact className="inbox-card__warranty" />
      <View className="inbox-card__line">{ticket.no}</View>
      {showHolder ? (
        <View className="inbox-card__holder">
          {ticket.assignee ? `处理人：${ticket.assignee.name}（${ticket.statusLabel}）` : '尚无人处理 · 待派单'}
        </View>
      ) : null}
      {takeable ? (
        <View className="inbox-card__actions" onClick={(e) => e.stopPropagation()}>
          <View className="inbox-card__action">
            <PrimaryButton className="inbox-take" size="normal" loading={busy} disabled={busy} onClick={onTake}>
              我来接手
            </PrimaryButton>
          </View>
        </View>
      ) : null}
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
