// What the ticket is about: device, warranty and billing, fault, environment, contact, site, photos or the video.
import { Text, Video, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { callPhone } from '../../phone';
import { businessDate } from '../../time-words';
import KeyValue from '../KeyValue';
import PhotoGrid from '../PhotoGrid';
import './index.scss';

/** 在保免费 / 过保按成本收费 (or 按成本收费 before acceptance starts the warranty), as a tag with its word. */
export function BillingTag({ ticket }: { ticket: Pick<Ticket, 'warranty' | 'billable'> }) {
  const free = !ticket.billable;
  const words = free ? '在保免费' : ticket.warranty.warrantyEndsAt ? '过保按成本收费' : '按成本收费';
  return (
    <Text className={`billing-tag ticket-warranty ${free ? 'billing-tag--free' : 'billing-tag--billed'}`}>{words}</Text>
  );
}

interface Props {
  ticket: Ticket;
  /** staff: a call button beside the customer's phone */
  callable?: boolean;
}

export default function TicketFacts({ ticket, callable }: Props) {
  const { warranty } = ticket;
  return (
    <View className="ticket-facts">
      <KeyValue label="设备">
        {ticket.deviceName} · <Text className="ticket-facts__serial">{ticket.serial}</Text>
      </KeyValue>
      <KeyValue label="保修">
        <BillingTag ticket={ticket} />
        <Text className="ticket-facts__note">
          {warranty.label}
          {warranty.warrantyEndsAt ? ` · 保修至 ${businessDate(warranty.warrantyEndsAt)}` : ''}
        </Text>
      </KeyValue>
      <KeyValue label="故障类型">
        {ticket.categoryLabel}
        {ticket.severity === 'major' ? <Text className="ticket-facts__major">重大故障 · 系统已停止运行</Text> : null}
      </KeyValue>
      <KeyValue label="故障描述" className="ticket-description">
        {ticket.description}
      </KeyValue>
      {ticket.environment ? <KeyValue label="使用环境">{ticket.environment}</KeyValue> : null}
      {ticket.customerName ? <KeyValue label="客户">{ticket.customerName}</KeyValue> : null}
      <KeyValue label="联系电话">
        <View className="ticket-facts__phone">
          <Text>{ticket.contactPhone}</Text>
          {callable && ticket.contactPhone ? (
            <Text className="ticket-facts__call customer-call" onClick={() => callPhone(ticket.contactPhone)}>
              拨打
            </Text>
          ) : null}
        </View>
      </KeyValue>
      <KeyValue label="地址">{ticket.address}</KeyValue>
      {ticket.photos.length ? (
        <View className="ticket-facts__photos">
          <PhotoGrid urls={ticket.photos.map((p) => p.url)} />
        </View>
      ) : null}
      {ticket.video ? (
        <View className="ticket-facts__video">
          <Video className="ticket-video" src={ticket.video.url} controls showFullscreenBtn objectFit="contain" />
        </View>
      ) : null}
    </View>
  );
}
