// Which device: tap one of mine (warranty badge on each), scan its code in WeChat, or type its serial in a browser.
import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { Device } from '../../api';
import { canScan } from '../../shims/scan';
import PrimaryButton from '../PrimaryButton';
import WarrantyBadge from '../WarrantyBadge';
import './index.scss';

interface Props {
  devices: Device[];
  selected: string | null;
  onSelect: (serial: string) => void;
  /** weapp: open the scanner */
  onScan: () => void;
  /** a typed serial (H5): the page finds the device or says why not */
  onTypedSerial: (serial: string) => void;
}

export default function DevicePicker({ devices, selected, onSelect, onScan, onTypedSerial }: Props) {
  const [typed, setTyped] = useState('');
  return (
    <View className="device-picker">
      {devices.map((d) => (
        <View
          key={d.serial}
          className={`report-device report-device-${d.serial}${selected === d.serial ? ' report-device--on' : ''}`}
          onClick={() => onSelect(d.serial)}
        >
          <View className="report-device__main">
            <Text className="report-device__name">{d.name}</Text>
            <Text className="report-device__meta">
              {d.model} · {d.serial}
            </Text>
          </View>
          <WarrantyBadge state={d.warranty.status} label={d.warranty.label} />
        </View>
      ))}
      {canScan ? (
        <View className="device-picker__scan">
          <PrimaryButton className="report-scan" secondary size="normal" onClick={onScan}>
            扫码识别设备
          </PrimaryButton>
        </View>
      ) : (
        <View className="device-picker__typed">
          <Input
            className="form-field__input device-picker__input report-serial-input"
            value={typed}
            maxlength={40}
            placeholder="或输入设备铭牌上的序列号"
            placeholderClass="form-field__placeholder"
            confirmType="done"
            onInput={(e) => setTyped(e.detail.value)}
            onConfirm={() => onTypedSerial(typed)}
          />
          <View className="device-picker__confirm">
            <PrimaryButton
              className="report-serial-confirm"
              secondary
              size="normal"
              block={false}
              onClick={() => onTypedSerial(typed)}
            >
              确定
            </PrimaryButton>
          </View>
        </View>
      )}
    </View>
  );
}
