// 填写处理报告: cause, actions, parts (billed at cost out of warranty), remote/on-site, a note for R&D, the handler's
// signature → tickets.resolve; then the fault report as the customer will see it.
import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ResolveInput } from '../../../core/schemas/tickets';
import { messageOf, uploadFile, type FaultReport, type PartUsed } from '../../api';
import Card from '../../components/Card';
import ChoiceChips from '../../components/ChoiceChips';
import EmptyState from '../../components/EmptyState';
import FaultReportCard from '../../components/FaultReportCard';
import FormField, { FieldText } from '../../components/FormField';
import PartsEditor, { type PartRow } from '../../components/PartsEditor';
import PrimaryButton from '../../components/PrimaryButton';
import SignaturePad, { type SignaturePadHandle } from '../../components/SignaturePad';
import TicketGate from '../../components/TicketGate';
import WarrantyTerms from '../../components/WarrantyTerms';
import { toast } from '../../confirm';
import { useTicketPage } from '../../hooks/useTicketPage';
import { TECHNICIAN_ROLES } from '../../navigation';
import { useTicketsStore } from '../../store/tickets';
import { formErrors } from '../../validation';
import './index.scss';

type Mode = 'remote' | 'onsite';
const MODES: { key: Mode; label: string }[] = [
  { key: 'remote', label: '远程处理' },
  { key: 'onsite', label: '现场处理' },
];

function partsFrom(rows: PartRow[]): PartUsed[] {
  return rows
    .filter((r) => r.name.trim() || r.unitPrice.trim())
    .map((r) => ({
      name: r.name.trim(),
      quantity: Number(r.quantity || '0'),
      ...(r.unitPrice.trim() ? { unitPrice: Number(r.unitPrice) } : {}),
    }));
}

export default function ResolvePage() {
  const page = useTicketPage(TECHNICIAN_ROLES, { poll: false });
  const { user, ticket, params } = page;
  const resolve = useTicketsStore((s) => s.resolve);
  const pad = useRef<SignaturePadHandle>(null);
  /** the uploaded signature, reused on a retry unless the pad changed */
  const uploadedSignature = useRef<string | null>(null);

  const [mode, setMode] = useState<Mode | null>(
    params.mode === 'onsite' || params.mode === 'remote' ? params.mode : null,
  );
  const [cause, setCause] = useState('');
  const [actions, setActions] = useState('');
  const [parts, setParts] = useState<PartRow[]>([]);
  const [feedback, setFeedback] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [step, setStep] = useState<string | null>(null);
  const [report, setReport] = useState<FaultReport | null>(null);

  if (!user || !ticket) return <TicketGate className="resolve" page={page} />;
  if (report) {
    return (
      <View className="page resolve">
        <View className="resolve-done">处理报告已提交，客户确认后工单完成</View>
        <Card className="resolve-report">
          <FaultReportCard report={report} billable={ticket.billable} terms={ticket.warranty.terms} showFeedback />
        </Card>
        <PrimaryButton className="resolve-back" onClick={() => void Taro.navigateBack()}>
          返回工单
        </PrimaryButton>
      </View>
    );
  }
  if (!ticket.can.includes('resolve')) {
    return (
      <View className="page resolve">
        <EmptyState
          title="当前无法填写处理报告"
          description={`工单状态为「${ticket.statusLabel}」`}
          action={
            <PrimaryButton secondary onClick={() => void Taro.navigateBack()}>
              返回工单
            </PrimaryButton>
          }
        />
      </View>
    );
  }

  const chosenMode: Mode = mode ?? (ticket.status === 'onsite' ? 'onsite' : 'remote');
  const clear = (field: string) => errors[field] && setErrors({ ...errors, [field]: '' });

  const submit = async () => {
    if (step) return;
    const partsUsed = partsFrom(parts);
    const draft = {
      id: ticket.id,
      cause,
      actions,
      mode: chosenMode,
      partsUsed,
      handlerSignature: uploadedSignature.current ?? 'pending',
      ...(feedback.trim() ? { productFeedback: feedback } : {}),
    };
    const problems = formErrors(ResolveInput, draft);
    if (problems.partsUsed) problems.partsUsed = '请填写配件名称和数量（1–999），单价为不小于 0 的数字';
    if (pad.current?.isEmpty() ?? true) problems.handlerSignature = '请处理人在签名框内签名';
    setErrors(problems);
    if (Object.keys(problems).length) return toast(Object.values(problems)[0]!);
    try {
      if (!uploadedSignature.current) {
        setStep('正在上传签名…');
        const png = await pad.current!.exportPng();
        uploadedSignature.current = (await uploadFile(png, 'signature', 'image/png')).fileId;
      }
      setStep('正在提交报告…');
      const result = await resolve({ ...draft, handlerSignature: uploadedSignature.current });
      setReport(result.report);
      toast('报告已提交', 'success');
    } catch (e) {
      toast(messageOf(e));
    } finally {
      setStep(null);
    }
  };

  return (
    <View className="page resolve resolve-form">
      <Card className="resolve-summary">
        <View className="resolve-summary__title">
          {ticket.deviceName} · {ticket.no}
        </View>
        <WarrantyTerms warranty={ticket.warranty} className="resolve-summary__warranty" />
        <View className="resolve-summary__line">{ticket.description}</View>
      </Card>

      <FormField label="处理方式" required>
        <ChoiceChips options={MODES} value={chosenMode} onChange={setMode} hook="resolve-mode" />
      </FormField>

      <FormField label="故障原因分析" required error={errors.cause}>
        <FieldText
          multiline
          className="resolve-cause"
          value={cause}
          maxlength={2000}
          placeholder="如：电源模块老化，输出电压不稳"
          onInput={(v) => {
            setCause(v);
            clear('cause');
          }}
        />
      </FormField>

      <FormField label="处理措施" required error={errors.actions}>
        <FieldText
          multiline
          className="resolve-actions"
          value={actions}
          maxlength={2000}
          placeholder="如：更换电源模块，开机测试 30 分钟运行正常"
          onInput={(v) => {
            setActions(v);
            clear('actions');
          }}
        />
      </FormField>

      <FormField label="更换配件" hint="没有更换配件可不填">
        <PartsEditor
          rows={parts}
          onChange={setParts}
          billable={ticket.billable}
          terms={ticket.warranty.terms}
          error={errors.partsUsed}
        />
      </FormField>

      <FormField label="反馈给研发" hint="选填：产品缺陷、改进建议，仅内部可见" error={errors.productFeedback}>
        <FieldText
          multiline
          className="resolve-feedback"
          value={feedback}
          maxlength={1000}
          placeholder="如：该批次电源模块故障率偏高"
          onInput={setFeedback}
        />
      </FormField>

      <FormField label="处理人签名" required error={errors.handlerSignature}>
        <SignaturePad
          ref={pad}
          onChange={(empty) => {
            uploadedSignature.current = null;
            if (!empty) clear('handlerSignature');
          }}
        />
      </FormField>

      <PrimaryButton className="resolve-submit" loading={!!step} disabled={!!step} onClick={() => void submit()}>
        {step ?? '提交处理报告'}
      </PrimaryButton>
    </View>
  );
}
