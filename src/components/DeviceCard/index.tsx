// One device: name and warranty badge first (the customer's first question), then model, serial, site and cover.
import { Text, View } from '@tarojs/components';
import type { Device } from '../../api';
import { warrantyLine } from '../../format';
import { openPage, PAGES } from '../../navigation';
import WarrantyBadge from '../WarrantyBadge';
import './index.scss';

export default function DeviceCard({ device }: { device: Device }) {
  const { warranty } = device;
  return (
    <View className={`device-card device-${device.serial}`}>
      <View className="device-card__head">
        <Text className="device-card__name">{device.name}</Text>
        <WarrantyBadge warranty={warranty} />
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
      <View className={`device-card__warranty device-card__warranty--${warranty.status}`}>
        {warrantyLine(warranty)}
      </View>
      {warranty.billable && warranty.status === 'out' ? (
        <View className="device-card__note">保外维修及配件按成本收费，响应时效不变</View>
      ) : null}
      <View
        className="device-card__report device-report"
        onClick={() => openPage(PAGES.report, { serial: device.serial })}
      >
        报修此设备
      </View>
    </View>
  );
}
