// 统计 (dispatcher / admin): how well the promises were kept and how customers rated the service, for 本周 / 本月 /
// 近 90 天, by station or technician — bars to look at, the figures beside them; nothing drawn where nothing was measured.
import { useMemo, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { AttainmentRow, SurveyStatsRow } from '../../api';
import Card from '../../components/Card';
import ChoiceChips from '../../components/ChoiceChips';
import EmptyState from '../../components/EmptyState';
import ErrorState from '../../components/ErrorState';
import ListSkeleton from '../../components/ListSkeleton';
import RateBar from '../../components/RateBar';
import SessionGate from '../../components/SessionGate';
import StatTile from '../../components/StatTile';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useStats, type StatsGroupBy } from '../../hooks/useStats';
import { DESK_ROLES } from '../../navigation';
import type { Tone } from '../../sla-words';
import { percent, PERIODS, periodRange, type PeriodKey } from '../../stats-periods';
import './index.scss';

const GROUPS: { key: StatsGroupBy; label: string }[] = [
  { key: 'station', label: '按服务站' },
  { key: 'technician', label: '按工程师' },
];
const SCORE_LABELS = { speed: '响应速度', attitude: '服务态度', skill: '专业水平', result: '处理结果' } as const;

/** 90 % and up green, 70 % and up amber, below that red. */
function rateTone(rate: number | null): Tone {
  if (rate === null) return 'muted';
  return rate >= 0.9 ? 'ok' : rate >= 0.7 ? 'warn' : 'bad';
}
/** Out of 5: 4.5 and up green, 3.5 and up amber, below that red. */
function scoreTone(score: number | null): Tone {
  if (score === null) return 'muted';
  return score >= 4.5 ? 'ok' : score >= 3.5 ? 'warn' : 'bad';
}
const score = (n: number | null) => (n === null ? '—' : n.toFixed(1));

function AttainmentRowBars({ row }: { row: AttainmentRow }) {
  return (
    <>
      {row.cells.map((c) => (
        <RateBar
          key={c.milestone}
          className={`attainment-${c.milestone}`}
          label={c.label}
          share={c.measured ? c.rate : null}
          value={percent(c.measured ? c.rate : null)}
          note={c.measured ? `${c.met}/${c.measured} 按时` : '无数据'}
          tone={rateTone(c.rate)}
        />
      ))}
    </>
  );
}

function SatisfactionRowBars({ row }: { row: SurveyStatsRow }) {
  return (
    <>
      <RateBar
        label="综合评分"
        share={row.averages.overall === null ? null : row.averages.overall / 5}
        value={score(row.averages.overall)}
        note={`${row.surveys} 份评价`}
        tone={scoreTone(row.averages.overall)}
      />
      <RateBar label="满意度" share={row.csat} value={percent(row.csat)} note="4–5 星占比" tone={rateTone(row.csat)} />
      <RateBar
        label="回评率"
        share={row.responseRate}
        value={percent(row.responseRate)}
        note={`${row.surveys}/${row.resolved} 单`}
        tone="progress"
      />
    </>
  );
}

export default function DeskStatsPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  const now = useNow(60_000);
  const [period, setPeriod] = useState<PeriodKey>('month');
  const [groupBy, setGroupBy] = useState<StatsGroupBy>('station');
  const today = now.toDateString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the range changes with the day, not every minute
  const range = useMemo(() => periodRange(period, now), [period, today]);
  const stats = useStats(range.from, range.to, groupBy, !!user);
  usePullDownRefresh(() => {
    void stats.reload().finally(() => Taro.stopPullDownRefresh());
  });

  if (!user) {
    return (
      <View className="page desk-stats">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const { attainment: a, satisfaction: s } = stats;
  const loaded = !!a && !!s;
  return (
    <View className="page desk-stats">
      <Card className="stats-filters">
        <ChoiceChips options={PERIODS} value={period} onChange={setPeriod} hook="stats-period" />
        <ChoiceChips options={GROUPS} value={groupBy} onChange={setGroupBy} hook="stats-group" />
        <View className="stats-filters__range">
          {range.from} 至 {range.to}
        </View>
      </Card>

      {!loaded ? (
        stats.status === 'error' ? (
          <ErrorState
            title="统计加载失败"
            message={stats.error?.message ?? '请稍后重试'}
            onRetry={() => void stats.reload()}
          />
        ) : (
          <ListSkeleton count={3} rows={3} />
        )
      ) : (
        <View className={stats.status === 'loading' ? 'stats--loading' : ''}>
          {stats.status === 'error' ? (
            <View className="stats__stale">刷新失败：{stats.error?.message}（下拉重试）</View>
          ) : null}
          <View className="section-title">时限达成率</View>
          {a.total.measured === 0 ? (
            <EmptyState
              className="attainment-empty"
              title="该期间没有可统计的时限"
              description={`共 ${a.tickets} 张工单；时限达成或超时后才计入`}
            />
          ) : (
            <>
              <Card className="attainment-total">
                <View className="stats-tiles">
                  <StatTile label="总达成率" value={percent(a.total.rate)} tone={rateTone(a.total.rate)} />
                  <StatTile label="计入时限" value={String(a.total.measured)} note={`${a.tickets} 张工单`} />
                </View>
                <View className="stats-bars">
                  <AttainmentRowBars row={a.total} />
                </View>
              </Card>
              {a.rows.map((row) => (
                <Card key={row.key} className={`attainment-row attainment-row-${row.key}`}>
                  <View className="stats-row__head">
                    <Text className="stats-row__label">{row.label}</Text>
                    <Text className={`stats-row__figure stats-row__figure--${rateTone(row.rate)}`}>
                      {percent(row.rate)}
                    </Text>
                  </View>
                  <AttainmentRowBars row={row} />
                </Card>
              ))}
            </>
          )}

          <View className="section-title">客户满意度</View>
          {s.total.surveys === 0 ? (
            <EmptyState
              className="satisfaction-empty"
              title="该期间还没有客户评价"
              description={`已完成 ${s.total.resolved} 张工单；客户评价后显示在这里`}
            />
          ) : (
            <>
              <Card className="satisfaction-total">
                <View className="stats-tiles">
                  <StatTile label="满意度 CSAT" value={percent(s.total.csat)} tone={rateTone(s.total.csat)} />
                  <StatTile
                    label="综合评分"
                    value={score(s.total.averages.overall)}
                    tone={scoreTone(s.total.averages.overall)}
                  />
                  <StatTile
                    label="回评率"
                    value={percent(s.total.responseRate)}
                    note={`${s.total.surveys}/${s.total.resolved}`}
                  />
                </View>
                <View className="stats-bars">
                  {(Object.keys(SCORE_LABELS) as (keyof typeof SCORE_LABELS)[]).map((k) => (
                    <RateBar
                      key={k}
                      className={`satisfaction-${k}`}
                      label={SCORE_LABELS[k]}
                      share={s.total.averages[k] === null ? null : s.total.averages[k]! / 5}
                      value={score(s.total.averages[k])}
                      tone={scoreTone(s.total.averages[k])}
                    />
                  ))}
                </View>
              </Card>
              {s.rows.map((row) => (
                <Card key={row.key} className={`satisfaction-row satisfaction-row-${row.key}`}>
                  <View className="stats-row__head">
                    <Text className="stats-row__label">{row.label}</Text>
                  </View>
                  <SatisfactionRowBars row={row} />
                </Card>
              ))}
            </>
          )}
        </View>
      )}
    </View>
  );
}
