// What the ticket is about: device, warranty (the service's words: 在保 · 维修与配件免费 · 保修至 …), fault,
// environment, contact, site, photos or the video.
import { Text, Video, View } from '@tarojs/components';
import type { Ticket } from '../../api';
import { callPhone } from '../../phone';
import KeyValue from '../KeyValue';
import PhotoGrid from '../PhotoGrid';
import WarrantyTerms from '../WarrantyTerms';
import './index.scss';

interface Props {
  ticket: Ticket;
  /** staff: a call button beside the customer's phone */
  callable?: boolean;
}

export default function TicketFacts({ ticket, callable }: Props) {
  return (
    <View className="ticket-facts">
      <KeyValue label="设备">
        {ticket.deviceName} · <Text className="ticket-facts__serial">{ticket.serial}</Text>
      </KeyValue>
      <KeyValue label="保修">
        <WarrantyTerms warranty={ticket.warranty} />
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
