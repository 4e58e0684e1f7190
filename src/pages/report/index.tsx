// 报修: pick or scan the device (warranty badge in view), say what happened, photos or a video, send → the ticket.
import { useEffect, useMemo, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { FAULT_CATEGORIES } from '../../../core/ticket/types';
import { ReportInput } from '../../../core/schemas/tickets';
import { Serial } from '../../../core/schemas/common';
import { SLA_MINUTES } from '../../../core/sla/deadlines';
import { isApiError, messageOf, newClientRequestId, type FaultCategory, type Severity } from '../../api';
import ChoiceChips from '../../components/ChoiceChips';
import DevicePicker from '../../components/DevicePicker';
import EmptyState from '../../components/EmptyState';
import ErrorState from '../../components/ErrorState';
import FormField, { FieldText } from '../../components/FormField';
import HotlineCard from '../../components/HotlineCard';
import ListSkeleton from '../../components/ListSkeleton';
import MediaPicker from '../../components/MediaPicker';
import PrimaryButton from '../../components/PrimaryButton';
import SessionGate from '../../components/SessionGate';
import SeverityQuestion from '../../components/SeverityQuestion';
import WarrantyBadge from '../../components/WarrantyBadge';
import { warrantyLine } from '../../format';
import { useMediaUploads } from '../../hooks/useMediaUploads';
import { useRequireUser } from '../../hooks/useSession';
import { CUSTOMER_ROLES, PAGES, pageUrl } from '../../navigation';
import { scanCode } from '../../shims/scan';
import { askSubscription, prefetchSubscriptionTemplates } from '../../shims/subscribe';
import { devicesOf, useDevicesStore } from '../../store/devices';
import { useTicketsStore } from '../../store/tickets';
import { fieldError, formErrors } from '../../validation';
import { ofDevice, WARRANTY_TONES, warrantyWords } from '../../warranty-words';
import './index.scss';

const CATEGORY_OPTIONS = (Object.keys(FAULT_CATEGORIES) as FaultCategory[]).map((key) => ({
  key,
  label: FAULT_CATEGORIES[key],
}));

const toast = (title: string) => void Taro.showToast({ title, icon: 'none', duration: 2500 });

export default function ReportPage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  const { params } = useRouter();
  const devices = useDevicesStore(devicesOf);
  const devicesStatus = useDevicesStore((s) => s.status);
  const devicesError = useDevicesStore((s) => s.error);
  const refreshDevices = useDevicesStore((s) => s.refresh);
  const report = useTicketsStore((s) => s.report);
  const media = useMediaUploads();

  const [serial, setSerial] = useState<string | null>(params.serial ? params.serial.toUpperCase() : null);
  const [severity, setSeverity] = useState<Severity>('common');
  const [category, setCategory] = useState<FaultCategory | null>(null);
  const [description, setDescription] = useState('');
  const [environment, setEnvironment] = useState('');
  /** null until edited: the session's phone and the device's site are filled in */
  const [contactPhone, setContactPhone] = useState<string | null>(null);
  const [address, setAddress] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  // One id for this filled-in form: a retry after a lost answer returns the same ticket, never a second one.
  const requestId = useRef(newClientRequestId());

  useEffect(() => {
    if (user && devicesStatus === 'idle') void refreshDevices();
  }, [user, devicesStatus, refreshDevices]);
  useEffect(() => {
    if (user) prefetchSubscriptionTemplates();
  }, [user]);

  const device = useMemo(() => devices.find((d) => d.serial === serial) ?? null, [devices, serial]);
  useEffect(() => {
    // Only one device: nothing to choose.
    if (!serial && devices.length === 1) setSerial(devices[0]!.serial);
    if (serial && devicesStatus === 'ready' && !devices.some((d) => d.serial === serial)) {
      toast('未找到该设备，请从列表中选择');
      setSerial(null);
    }
  }, [serial, devices, devicesStatus]);

  const phoneValue = contactPhone ?? user?.phone ?? '';
  const addressValue = address ?? device?.siteAddress ?? '';
  const clearError = (field: string) => errors[field] && setErrors({ ...errors, [field]: '' });

  const choose = (next: string) => {
    setSerial(next);
    clearError('serial');
  };
  const findDevice = (text: string): boolean => {
    const wanted = text.trim().toUpperCase();
    const found = devices.find((d) => d.serial === wanted) ?? devices.find((d) => wanted.includes(d.serial));
    if (found) choose(found.serial);
    return !!found;
  };
  const onTypedSerial = (typed: string) => {
    const problem = fieldError(Serial, typed);
    if (problem) return toast(problem);
    if (!findDevice(typed)) toast('未找到该序列号的设备，请核对铭牌或拨打服务热线');
  };
  const onScan = async () => {
    const text = await scanCode();
    if (text && !findDevice(text)) toast('未识别到您名下的设备，请从列表中选择');
  };

  const submit = async () => {
    if (sending) return;
    const input = {
      serial: serial ?? '',
      severity,
      description,
      clientRequestId: requestId.current,
      category: category ?? 'other',
      ...(environment.trim() ? { environment } : {}),
      photos: media.photos,
      ...(media.video ? { video: media.video } : {}),
      ...(phoneValue.trim() ? { contactPhone: phoneValue } : {}),
      ...(addressValue.trim() ? { address: addressValue } : {}),
    };
    const problems = formErrors(ReportInput, input);
    if (!serial) problems.serial = '请选择报修的设备';
    setErrors(problems);
    if (Object.keys(problems).length) return toast(Object.values(problems)[0]!);
    if (media.uploading) return toast('照片/视频上传中，请稍候再提交');
    if (media.failed) return toast('有文件上传失败，请点击重试或删除后再提交');
    // Still inside the 提交报修 tap (WeChat shows the consent dialog only from one): 接单 and 到场 notices.
    askSubscription(['ticket.accepted', 'ticket.arrived']);
    setSending(true);
    try {
      const ticket = await report(input);
      requestId.current = newClientRequestId();
      void Taro.redirectTo({ url: pageUrl(PAGES.ticket, { id: ticket.id, created: '1' }) });
    } catch (e) {
      if (isApiError(e) && e.details.length) {
        setErrors(Object.fromEntries(e.details.map((d) => [d.path.split('.')[0] ?? '_', d.message])));
      }
      toast(messageOf(e));
    } finally {
      setSending(false);
    }
  };

  if (!user) {
    return (
      <View className="page report">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  if (devices.length === 0) {
    return (
      <View className="page report">
        {devicesStatus === 'error' ? (
          <ErrorState
            title="设备加载失败"
            message={devicesError?.message ?? '请稍后重试'}
            onRetry={() => void refreshDevices()}
          />
        ) : devicesStatus === 'ready' ? (
          <EmptyState title="暂无可报修的设备" description="您名下还没有登记设备，请拨打服务热线报修" />
        ) : (
          <ListSkeleton count={3} rows={2} />
        )}
        <HotlineCard />
      </View>
    );
  }

  return (
    <View className="page report report-form">
      <FormField label="报修设备" required error={errors.serial} className="report-field-device">
        <DevicePicker
          devices={devices}
          selected={serial}
          onSelect={choose}
          onScan={() => void onScan()}
          onTypedSerial={onTypedSerial}
        />
      </FormField>

      <FormField label="系统是否已停止运行？" required className="report-field-severity">
        <SeverityQuestion value={severity} onChange={setSeverity} />
      </FormField>

      <FormField label="故障现象" required error={errors.description} className="report-field-description">
        <ChoiceChips options={CATEGORY_OPTIONS} value={category} onChange={setCategory} hook="report-category" />
        <FieldText
          multiline
          className="report-description"
          value={description}
          maxlength={2000}
          placeholder="请描述故障现象，如：屏幕黑屏、无法开机、报错代码 E102"
          onInput={(v) => {
            setDescription(v);
            clearError('description');
          }}
        />
      </FormField>

      <FormField
        label="照片或视频"
        hint="最多 9 张照片，或 1 段 60 秒内的短视频；拍下报错画面能帮工程师更快判断"
        error={errors.photos || errors.video}
        className="report-field-media"
      >
        <MediaPicker media={media} />
      </FormField>

      <FormField
        label="使用环境"
        hint="选填：如机房温度、供电与网络情况、故障前做过的操作"
        className="report-field-environment"
      >
        <FieldText
          multiline
          className="report-environment"
          value={environment}
          maxlength={500}
          placeholder="如：室温约 30℃，故障前刚停电重启"
          onInput={setEnvironment}
        />
      </FormField>

      <FormField label="联系电话" error={errors.contactPhone} className="report-field-phone">
        <FieldText
          className="report-phone"
          value={phoneValue}
          maxlength={20}
          placeholder="工程师将通过此电话联系您"
          onInput={(v) => {
            setContactPhone(v);
            clearError('contactPhone');
          }}
        />
      </FormField>

      <FormField label="现场地址" error={errors.address} className="report-field-address">
        <FieldText
          className="report-address"
          value={addressValue}
          maxlength={200}
          placeholder="设备所在地址"
          onInput={(v) => {
            setAddress(v);
            clearError('address');
          }}
        />
      </FormField>

      <View className="report__send">
        {device ? (
          <View className="report-warranty">
            <View className="report-warranty__head">
              <Text className="report-warranty__name">{device.name}</Text>
              <WarrantyBadge state={device.warranty.status} label={device.warranty.label} />
            </View>
            <View className={`report-warranty__line report-warranty__line--${WARRANTY_TONES[device.warranty.status]}`}>
              {warrantyLine(device.warranty)} · {warrantyWords(ofDevice(device.warranty)).detail}
              {device.warranty.billable ? '，响应时效不变' : ''}
            </View>
          </View>
        ) : null}
        <PrimaryButton className="report-submit" loading={sending} disabled={sending} onClick={() => void submit()}>
          {sending ? '正在提交…' : '提交报修'}
        </PrimaryButton>
        <View className="report__promise">提交后立即为您派单，{SLA_MINUTES.respond[severity]} 分钟内工程师响应</View>
      </View>
    </View>
  );
}
