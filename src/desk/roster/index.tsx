// 值班表 (dispatcher / admin): who is on duty now, then one station's week — 白班/夜班 × 7 days with 主班/备班, holidays
// and make-up working days marked (a year with no arrangement yet: the service's notice, and for an admin the way to
// 节假日 to enter it) — edited, copied from last week, saved with its version; 换班 with its log.
import { useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { isApiError, messageOf, type RosterDay } from '../../api';
import Card from '../../components/Card';
import ChoiceChips from '../../components/ChoiceChips';
import ErrorState from '../../components/ErrorState';
import ListSkeleton from '../../components/ListSkeleton';
import PrimaryButton from '../../components/PrimaryButton';
import RosterCellDialog from '../../components/RosterCellDialog';
import SessionGate from '../../components/SessionGate';
import SwapDialog from '../../components/SwapDialog';
import { ask, toast } from '../../confirm';
import { useOnDuty } from '../../hooks/useOnDuty';
import { useNow } from '../../hooks/useOnShow';
import { useRosterWeek } from '../../hooks/useRosterWeek';
import { useRequireUser } from '../../hooks/useSession';
import { DESK_ROLES, openPage, PAGES } from '../../navigation';
import { addDays, cellOf, SHIFT_HOURS, SHIFT_NAMES, withCell, type Shift } from '../../roster-grid';
import { clockWords } from '../../time-words';
import './index.scss';

const DEFAULT_STATION = 'st-sh-pd';
const SHIFTS: Shift[] = ['day', 'night'];
const ROLE_WORDS = { primary: '主', backup: '备' } as const;

/** 国庆节 · 调休上班 · 周末 — the day's kind in words (null on a plain workday). */
function dayTag(day: RosterDay): { text: string; kind: RosterDay['kind'] } | null {
  if (day.kind === 'holiday') return { text: day.holidayName ?? '节假日', kind: day.kind };
  if (day.kind === 'makeup')
    return { text: day.holidayName ? `${day.holidayName}调休上班` : '调休上班', kind: day.kind };
  if (day.kind === 'weekend') return { text: '周末', kind: day.kind };
  return null;
}

/** The year a notice is about: the week's later year (a week over New Year is the coming year's to enter). */
const yearToEnter = (days: RosterDay[]) => days[days.length - 1]?.date.slice(0, 4);

export default function DeskRosterPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  const ready = !!user;
  const [stationId, setStationId] = useState(DEFAULT_STATION);
  const [date, setDate] = useState('');
  const duty = useOnDuty(ready);
  const now = useNow(60_000);
  const roster = useRosterWeek(stationId, date, ready);
  const [editing, setEditing] = useState<{ date: string; shift: Shift } | null>(null);
  const [swapping, setSwapping] = useState<{ date: string; shift: Shift } | null>(null);
  const [saving, setSaving] = useState(false);
  usePullDownRefresh(() => {
    void Promise.all([duty.reload(), roster.dirty ? null : roster.reload()]).finally(() => Taro.stopPullDownRefresh());
  });

  if (!user) {
    return (
      <View className="page desk-roster">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const { week } = roster;
  const nameOf = (id: string) => week?.members.find((m) => m.id === id)?.name ?? id;
  const leaveWeek = async (next: () => void) => {
    if (roster.dirty && !(await ask('放弃修改', '本周的修改尚未保存，确定离开？', '放弃修改'))) return;
    next();
  };
  const goWeek = (days: number) => week && void leaveWeek(() => setDate(addDays(week.weekStart, days)));
  const pickStation = (id: string) => void leaveWeek(() => setStationId(id));
  const copyLastWeek = async () => {
    try {
      if (!(await roster.copyLastWeek())) toast('上周没有排班，无可复制');
      else toast('已复制上周排班，请检查后保存');
    } catch (e) {
      toast(messageOf(e));
    }
  };
  const save = async () => {
    setSaving(true);
    try {
      await roster.save();
      toast('值班表已保存', 'success');
      void duty.reload();
    } catch (e) {
      if (isApiError(e) && e.code === 'CONFLICT') {
        if (await ask('值班表已更新', `${e.message}。重新加载最新的值班表？（您的修改将丢失）`, '重新加载')) {
          void roster.reload();
        }
      } else toast(messageOf(e));
    } finally {
      setSaving(false);
    }
  };
  const onSwap = async (from: string, to: string, reason: string) => {
    if (!swapping) return;
    try {
      await roster.swap(swapping.date, swapping.shift, from, to, reason);
      setSwapping(null);
      toast('已换班', 'success');
      void duty.reload();
    } catch (e) {
      toast(messageOf(e));
      throw e;
    }
  };

  const stations = duty.onDuty?.stations ?? [];
  const editingCell = editing ? cellOf(roster.entries, editing.date, editing.shift) : { primary: null, backups: [] };
  const dayOf = (d: string) => week?.days.find((x) => x.date === d);
  const titleOf = (slot: { date: string; shift: Shift } | null) =>
    slot ? `${slot.date.slice(5)} ${dayOf(slot.date)?.weekday ?? ''} ${SHIFT_NAMES[slot.shift]}` : '';
  const onSwapShift = swapping
    ? roster.entries
        .filter((e) => e.date === swapping.date && e.shift === swapping.shift)
        .map((e) => ({ id: e.userId, name: nameOf(e.userId), role: e.role }))
    : [];

  return (
    <View className="page desk-roster">
      <View className="section-title">当前值班{duty.onDuty ? ` · ${duty.onDuty.shift.label}` : ''}</View>
      <Card className="on-duty">
        {duty.onDuty ? (
          duty.onDuty.stations.map((s) => (
            <View key={s.id} className={`on-duty__station on-duty-${s.id}`}>
              <Text className="on-duty__name">{s.name}</Text>
              <Text className="on-duty__people">
                {s.people.length
                  ? s.people.map((p) => `${p.name}（${ROLE_WORDS[p.role]}）`).join('、')
                  : s.rostered
                    ? '本班次无人值班'
                    : '未排班'}
              </Text>
            </View>
          ))
        ) : duty.status === 'error' ? (
          <View className="on-duty__error" onClick={() => void duty.reload()}>
            {duty.error?.message}（点击重试）
          </View>
        ) : (
          <View className="on-duty__loading">加载中…</View>
        )}
      </Card>

      {stations.length ? (
        <ChoiceChips
          options={stations.map((s) => ({ key: s.id, label: s.name }))}
          value={stationId}
          onChange={pickStation}
          hook="roster-station"
        />
      ) : null}

      {!week ? (
        roster.status === 'error' ? (
          <ErrorState
            title="值班表加载失败"
            message={roster.error?.message ?? '请稍后重试'}
            onRetry={() => void roster.reload()}
          />
        ) : (
          <ListSkeleton count={3} rows={2} />
        )
      ) : (
        <>
          <View className="roster-week-nav">
            <Text className="roster-week-nav__move roster-prev-week" onClick={() => goWeek(-7)}>
              ‹ 上一周
            </Text>
            <Text className="roster-week-nav__range">
              {week.weekStart.slice(5)} 至 {addDays(week.weekStart, 6).slice(5)}
            </Text>
            <Text className="roster-week-nav__move roster-next-week" onClick={() => goWeek(7)}>
              下一周 ›
            </Text>
          </View>
          {week.holidayNotice ? (
            <View className="roster-notice roster-notice--bar roster-holiday-missing">
              <Text className="roster-notice__text">{week.holidayNotice}</Text>
              {user.role === 'admin' ? (
                <Text
                  className="roster-notice__link roster-holidays-link"
                  onClick={() => openPage(PAGES.deskHolidays, { year: yearToEnter(week.days) })}
                >
                  去录入 ›
                </Text>
              ) : null}
            </View>
          ) : null}
          {week.version === null && !roster.dirty ? (
            <View className="roster-notice roster-unsaved-week">
              本周尚未排班：派单按各人在岗状态；可复制上周后调整
            </View>
          ) : null}
          {roster.dirty ? <View className="roster-notice roster-dirty">有未保存的修改</View> : null}

          <Card className="roster-grid">
            <View className="roster-grid__header">
              <Text className="roster-grid__day">日期</Text>
              {SHIFTS.map((shift) => (
                <View key={shift} className="roster-grid__shift-head">
                  <Text>{SHIFT_NAMES[shift]}</Text>
                  <Text className="roster-grid__hours">{SHIFT_HOURS[shift]}</Text>
                </View>
              ))}
            </View>
            {week.days.map((day) => {
              const tag = dayTag(day);
              return (
                <View key={day.date} className={`roster-row roster-row-${day.date} roster-row--${day.kind}`}>
                  <View className="roster-grid__day">
                    <Text className="roster-row__date">{day.date.slice(5)}</Text>
                    <Text className="roster-row__weekday">{day.weekday}</Text>
                    {tag ? <Text className={`roster-tag roster-tag--${tag.kind}`}>{tag.text}</Text> : null}
                  </View>
                  {SHIFTS.map((shift) => {
                    const cell = cellOf(roster.entries, day.date, shift);
                    return (
                      <View
                        key={shift}
                        className={`roster-cell roster-cell-${day.date}-${shift}${cell.primary ? '' : ' roster-cell--empty'}`}
                        onClick={() => setEditing({ date: day.date, shift })}
                      >
                        {cell.primary ? (
                          <Text className="roster-cell__primary">主 {nameOf(cell.primary)}</Text>
                        ) : (
                          <Text className="roster-cell__none">未排主班</Text>
                        )}
                        {cell.backups.map((b) => (
                          <Text key={b} className="roster-cell__backup">
                            备 {nameOf(b)}
                          </Text>
                        ))}
                      </View>
                    );
                  })}
                </View>
              );
            })}
          </Card>

          <View className="roster-actions">
            <View className="roster-actions__item">
              <PrimaryButton className="roster-copy" secondary size="normal" onClick={() => void copyLastWeek()}>
                复制上周
              </PrimaryButton>
            </View>
            <View className="roster-actions__item">
              <PrimaryButton
                className="roster-save"
                size="normal"
                loading={saving}
                disabled={saving || !roster.dirty}
                onClick={() => void save()}
              >
                保存
              </PrimaryButton>
            </View>
          </View>

          <View className="section-title">换班记录</View>
          <Card className="roster-swaps">
            {week.swaps.length === 0 ? (
              <View className="roster-swaps__empty">本周没有换班；点击班次可发起换班</View>
            ) : (
              [...week.swaps].reverse().map((s, i) => (
                <View key={`${s.at}-${i}`} className="roster-swap-entry">
                  <View>
                    {s.date.slice(5)} {SHIFT_NAMES[s.shift]}：{s.fromName} → {s.toName}
                    {s.reason ? `（${s.reason}）` : ''}
                  </View>
                  <View className="roster-swap-entry__by">
                    {s.byName} · {clockWords(s.at, now)}
                  </View>
                </View>
              ))
            )}
          </Card>

          <RosterCellDialog
            visible={!!editing}
            title={titleOf(editing)}
            cell={editingCell}
            members={week.members}
            swapBlocked={
              roster.dirty
                ? '有未保存的修改，保存后才能换班'
                : week.version === null
                  ? '本周保存后才能换班'
                  : editingCell.primary || editingCell.backups.length
                    ? null
                    : '该班次无人，无需换班'
            }
            onDone={(cell) => {
              if (editing) roster.edit(withCell(roster.entries, editing.date, editing.shift, cell));
              setEditing(null);
            }}
            onSwap={() => {
              setSwapping(editing);
              setEditing(null);
            }}
            onClose={() => setEditing(null)}
          />
          <SwapDialog
            visible={!!swapping}
            title={`换班 · ${titleOf(swapping)}`}
            onShift={onSwapShift}
            members={week.members}
            onConfirm={onSwap}
            onClose={() => setSwapping(null)}
          />
        </>
      )}
    </View>
  );
}
