// 服务评价: four 1–5 star rows (响应速度, 服务态度, 专业技能, 处理结果) and a comment, once; then thanks and back.
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { messageOf, type SurveyScoreSet } from '../../api';
import Card from '../../components/Card';
import ErrorState from '../../components/ErrorState';
import FormField, { FieldText } from '../../components/FormField';
import ListSkeleton from '../../components/ListSkeleton';
import PrimaryButton from '../../components/PrimaryButton';
import SessionGate from '../../components/SessionGate';
import StarRating from '../../components/StarRating';
import { toast } from '../../confirm';
import { useRefreshOnShow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { CUSTOMER_ROLES, PAGES, pageUrl } from '../../navigation';
import { IDLE } from '../../store/resource';
import { useSurveysStore } from '../../store/surveys';
import './index.scss';

type Dimension = keyof SurveyScoreSet;
const DIMENSIONS: { key: Dimension; label: string }[] = [
  { key: 'speed', label: '响应速度' },
  { key: 'attitude', label: '服务态度' },
  { key: 'skill', label: '专业技能' },
  { key: 'result', label: '处理结果' },
];
const UNSET: Record<Dimension, number> = { speed: 0, attitude: 0, skill: 0, result: 0 };

/** Back to the ticket: the page below, or the ticket page itself when the survey was opened directly. */
function backToTicket(ticketId: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
  else void Taro.redirectTo({ url: pageUrl(PAGES.ticket, { id: ticketId }) });
}

export default function SurveyPage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  const { params } = useRouter();
  const ticketId = params.ticketId ?? '';
  const entry = useSurveysStore((s) => s.byTicketId[ticketId] ?? IDLE);
  const load = useSurveysStore((s) => s.load);
  const submitSurvey = useSurveysStore((s) => s.submit);
  const [scores, setScores] = useState(UNSET);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [thanked, setThanked] = useState(false);

  const refresh = useCallback(() => void load(ticketId), [load, ticketId]);
  useRefreshOnShow(refresh, !!user && !!ticketId);

  if (!user) {
    return (
      <View className="page survey">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const submit = async () => {
    const missing = DIMENSIONS.find((d) => scores[d.key] < 1);
    if (missing) return toast(`请为「${missing.label}」打分`);
    setSending(true);
    try {
      await submitSurvey({ ticketId, scores, ...(comment.trim() ? { comment } : {}) });
      setThanked(true);
      setTimeout(() => backToTicket(ticketId), 1500);
    } catch (e) {
      toast(messageOf(e));
    } finally {
      setSending(false);
    }
  };

  if (thanked) {
    return (
      <View className="page survey">
        <Card className="survey-thanks">
          <View className="survey-thanks__mark">✓</View>
          <View className="survey-thanks__title">感谢您的评价</View>
          <View className="survey-thanks__text">您的反馈将帮助我们改进服务，正在返回工单…</View>
        </Card>
      </View>
    );
  }
  if (entry.status === 'error' && !entry.data) {
    return (
      <View className="page survey">
        <ErrorState title="评价加载失败" message={entry.error?.message ?? '请稍后重试'} onRetry={refresh} />
      </View>
    );
  }
  if (entry.status !== 'ready' && !entry.data) {
    return (
      <View className="page survey">
        <ListSkeleton count={1} rows={4} />
      </View>
    );
  }
  if (entry.data) {
    const done = entry.data;
    return (
      <View className="page survey">
        <Card className="survey-done">
          <View className="survey-done__title">您已评价 · {done.overall} 分</View>
          {DIMENSIONS.map((d) => (
            <StarRating key={d.key} label={d.label} value={done.scores[d.key]} hook={`survey-done-${d.key}`} />
          ))}
          {done.comment ? <View className="survey-done__comment">{done.comment}</View> : null}
        </Card>
        <PrimaryButton className="survey-back" secondary onClick={() => backToTicket(ticketId)}>
          返回工单
        </PrimaryButton>
      </View>
    );
  }

  return (
    <View className="page survey survey-form">
      <View className="survey__intro">请为本次服务打分，每项 1–5 星</View>
      <Card className="survey-scores">
        {DIMENSIONS.map((d) => (
          <StarRating
            key={d.key}
            label={d.label}
            value={scores[d.key]}
            hook={`survey-star-${d.key}`}
            onChange={(n) => setScores((s) => ({ ...s, [d.key]: n }))}
          />
        ))}
      </Card>
      <FormField label="其他意见" hint="选填">
        <FieldText
          multiline
          className="survey-comment"
          value={comment}
          maxlength={500}
          placeholder="说说您的感受或建议"
          onInput={setComment}
        />
      </FormField>
      <PrimaryButton className="survey-submit" loading={sending} disabled={sending} onClick={() => void submit()}>
        提交评价
      </PrimaryButton>
    </View>
  );
}
