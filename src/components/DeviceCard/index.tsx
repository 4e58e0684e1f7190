// One device: name and warranty badge first (the customer's first question), then model, serial, site, cover and what
// applies to repairs (the service's terms).
import { Text, View } from '@tarojs/components';
import type { Device } from '../../api';
import { warrantyLine } from '../../format';
import { openPage, PAGES } from '../../navigation';
import { ofDevice, warrantyWords } from '../../warranty-words';
import WarrantyBadge from '../WarrantyBadge';
import './index.scss';

export default function DeviceCard({ device }: { device: Device }) {
  const { warranty } = device;
  const words = warrantyWords(ofDevice(warranty));
  return (
    <View className={`device-card device-${device.serial}`}>
      <View className="device-card__head">
        <Text className="device-card__name">{device.name}</Text>
        <WarrantyBadge state={warranty.status} label={warranty.label} />
      </View>
      <View className="device-card__row">
        <Text className="device-card__key">型号</Text>
        <Text className="device-card__value">
          {device.model}
          {device.productLineName ? ` · ${device.productLineName}` : ''}
        </Text>
      </View>
      <View className="device-card__row">
        <Text className="device-card__key">序列号</Text>
        <Text className="device-card__value device-card__serial">{device.serial}</Text>
      </View>
      <View className="device-card__row">
        <Text className="device-card__key">地址</Text>
        <Text className="device-card__value">{device.siteAddress}</Text>
      </View>
      <View className={`device-card__warranty device-card__warranty--${words.tone}`}>{warrantyLine(warranty)}</View>
      <View className={`device-card__terms device-card__terms--${words.tone}`}>
        {words.detail}
        {warranty.billable ? '，响应时效不变' : ''}
      </View>
      <View
        className="device-card__report device-report"
        onClick={() => openPage(PAGES.report, { serial: device.serial })}
      >
        报修此设备
      </View>
    </View>
  );
}
