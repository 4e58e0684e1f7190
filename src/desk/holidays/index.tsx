// 节假日 (desk → 设置, admin): a year's statutory holidays and make-up working days and where they come from (国务院已
// 公布 / 管理员录入 / 仅固定日期); the admin pastes the State Council notice and imports it — the days read from it are
// reviewed, then saved over the version read — or edits the days by hand. Stale (409): reload. Dispatchers read it.
import { useState } from 'react';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { HolidayDaySchema, ParseHolidayNoticeInput, SaveHolidaysInput } from '../../../core/schemas/rosters';
import { isApiError, messageOf, type HolidayDay, type ParsedHolidayNotice } from '../../api';
import Card from '../../components/Card';
import ErrorState from '../../components/ErrorState';
import FormField, { FieldText } from '../../components/FormField';
import HolidayCoverage from '../../components/HolidayCoverage';
import HolidayDays from '../../components/HolidayDays';
import HolidayEditor, { holidayRow, type HolidayRow } from '../../components/HolidayEditor';
import ListSkeleton from '../../components/ListSkeleton';
import PrimaryButton from '../../components/PrimaryButton';
import SessionGate from '../../components/SessionGate';
import { ask, toast } from '../../confirm';
import { useHolidayYear } from '../../hooks/useHolidayYear';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { noticeSource, problemsByRow, yearFrom } from '../../holiday-form';
import { DESK_ROLES } from '../../navigation';
import { fieldError } from '../../validation';
import './index.scss';

type Mode = 'view' | 'import' | 'review' | 'edit';
export default function DeskHolidaysPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  const { params } = useRouter();
  const now = useNow(60_000);
  const [year, setYear] = useState(() => yearFrom(params.year, now));
  const [mode, setMode] = useState<Mode>('view');
  const holidays = useHolidayYear(year, !!user, mode === 'view');
  const [text, setText] = useState('');
  const [parsed, setParsed] = useState<ParsedHolidayNotice | null>(null);
  const [rows, setRows] = useState<HolidayRow[]>([]);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const [source, setSource] = useState('');
  const [errors, setErrors] = useState<{ text?: string; source?: string; save?: string[] }>({});
  const [busy, setBusy] = useState<'parse' | 'save' | null>(null);
  usePullDownRefresh(() => {
    void (mode === 'view' ? holidays.reload() : Promise.resolve()).finally(() => Taro.stopPullDownRefresh());
  });

  if (!user) {
    return (
      <View className="page desk-holidays">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  const admin = user.role === 'admin';
  const { data } = holidays;

  const back = () => {
    setMode('view');
    setErrors({});
    setRowErrors({});
  };
  const startImport = () => {
    setErrors({});
    setMode('import');
  };
  const startEdit = (days: readonly HolidayDay[], from: string) => {
    setRows(days.length ? days.map((d) => holidayRow({ date: d.date, kind: d.kind, name: d.name })) : [holidayRow()]);
    setSource(from);
    setRowErrors({});
    setErrors({});
    setMode('edit');
  };
  const untouched = mode === 'view' || (mode === 'import' && !text.trim());
  const leaveEdits = async (next: () => void) => {
    if (!untouched && !(await ask('放弃修改', '录入的内容尚未保存，确定离开？', '放弃修改'))) return;
    next();
  };
  const goYear = (to: number) =>
    void leaveEdits(() => {
      back();
      setYear(to);
    });

  const parse = async () => {
    const problem = fieldError(ParseHolidayNoticeInput.shape.text, text);
    setErrors({ text: problem ?? undefined });
    if (problem) return;
    setBusy('parse');
    try {
      const result = await holidays.parse(text);
      setParsed(result);
      setSource(noticeSource(text));
      setMode('review');
    } catch (e) {
      setErrors({ text: messageOf(e) });
    } finally {
      setBusy(null);
    }
  };

  const save = async (days: HolidayDay[]) => {
    const sourceProblem = fieldError(SaveHolidaysInput.shape.source, source);
    if (sourceProblem) return setErrors({ source: sourceProblem });
    setBusy('save');
    setErrors({});
    try {
      await holidays.save(days, source);
      toast(`${year} 年节假日已保存`, 'success');
      back();
    } catch (e) {
      if (isApiError(e) && e.code === 'CONFLICT') {
        if (await ask('节假日安排已更新', `${e.message}。重新加载最新的安排？（您的录入将丢失）`, '重新加载')) {
          back();
          void holidays.reload();
        }
      } else if (isApiError(e) && e.code === 'VALIDATION_FAILED') {
        const problems = e.details.length ? e.details.map((d) => d.message) : [e.message];
        // a problem that names a date marks its row too (2027-01-05 是工作日 …)
        if (mode === 'edit') setRowErrors(problemsByRow(rows, problems));
        setErrors({ save: problems });
      } else toast(messageOf(e));
    } finally {
      setBusy(null);
    }
  };
  const saveRows = () => {
    const problems: Record<string, string> = {};
    for (const r of rows) {
      const problem = fieldError(HolidayDaySchema, { date: r.date, kind: r.kind, name: r.name });
      if (problem) problems[r.key] = problem;
    }
    setRowErrors(problems);
    if (Object.keys(problems).length) return toast('请先修正标红的日期');
    void save(rows.map(({ date, kind, name }) => ({ date, kind, name: name.trim() })));
  };

  const saveErrors = errors.save?.length ? (
    <View className="holidays-problems holidays-save-problems">
      {errors.save.map((p) => (
        <View key={p}>{p}</View>
      ))}
    </View>
  ) : null;
  const sourceField = (
    <FormField label="来源" required hint="通知文号或说明，如：国办发明电〔2026〕7号" error={errors.source}>
      <FieldText
        className="holidays-source"
        value={source}
        maxlength={200}
        placeholder="国务院办公厅通知文号"
        onInput={(v) => {
          setSource(v);
          if (errors.source) setErrors({ ...errors, source: undefined });
        }}
      />
    </FormField>
  );

  return (
    <View className={`page desk-holidays holidays-${mode}`}>
      <View className="holidays-year-nav">
        <Text className="holidays-year-nav__move holidays-prev-year" onClick={() => goYear(year - 1)}>
          ‹ {year - 1}
        </Text>
        <Text className="holidays-year-nav__year">{year} 年</Text>
        <Text className="holidays-year-nav__move holidays-next-year" onClick={() => goYear(year + 1)}>
          {year + 1} ›
        </Text>
      </View>

      {!data ? (
        holidays.status === 'error' ? (
          <ErrorState
            title="节假日加载失败"
            message={holidays.error?.message ?? '请稍后重试'}
            onRetry={() => void holidays.reload()}
          />
        ) : (
          <ListSkeleton count={2} rows={3} />
        )
      ) : mode === 'import' ? (
        <>
          <FormField
            label={`粘贴国务院办公厅关于 ${year} 年部分节假日安排的通知`}
            required
            hint="从「一、元旦」起整段粘贴即可；识别后可逐日核对再保存"
            error={errors.text}
          >
            <FieldText
              multiline
              className="holidays-notice-text"
              value={text}
              maxlength={10_000}
              placeholder="一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。……"
              onInput={(v) => {
                setText(v);
                if (errors.text) setErrors({});
              }}
            />
          </FormField>
          <View className="holidays-actions">
            <PrimaryButton
              className="holidays-parse"
              loading={busy === 'parse'}
              disabled={!!busy}
              onClick={() => void parse()}
            >
              识别通知
            </PrimaryButton>
            <PrimaryButton className="holidays-cancel" secondary disabled={!!busy} onClick={back}>
              取消
            </PrimaryButton>
          </View>
        </>
      ) : mode === 'review' && parsed ? (
        <>
          <View className="section-title">识别结果 · 请核对</View>
          {parsed.problems.length ? (
            <View className="holidays-problems holidays-parse-problems">
              <View className="holidays-problems__title">以下内容未能识别或对不上，请逐日修改后保存：</View>
              {parsed.problems.map((p) => (
                <View key={p}>· {p}</View>
              ))}
            </View>
          ) : null}
          <Card className="holidays-parsed">
            <HolidayDays days={parsed.days} />
          </Card>
          {sourceField}
          {saveErrors}
          <View className="holidays-actions">
            <PrimaryButton
              className="holidays-save"
              loading={busy === 'save'}
              disabled={!!busy || parsed.days.length === 0}
              onClick={() => void save(parsed.days)}
            >
              保存 {year} 年安排
            </PrimaryButton>
            <PrimaryButton
              className="holidays-edit-parsed"
              secondary
              disabled={!!busy}
              onClick={() => startEdit(parsed.days, source)}
            >
              逐日修改
            </PrimaryButton>
            <PrimaryButton className="holidays-back" secondary disabled={!!busy} onClick={() => setMode('import')}>
              返回修改原文
            </PrimaryButton>
          </View>
        </>
      ) : mode === 'edit' ? (
        <>
          <View className="section-title">逐日录入 · 放假日与调休上班日</View>
          <Card className="holidays-editor">
            <HolidayEditor rows={rows} onChange={setRows} errors={rowErrors} year={year} />
          </Card>
          {sourceField}
          {saveErrors}
          <View className="holidays-actions">
            <PrimaryButton
              className="holidays-save"
              loading={busy === 'save'}
              disabled={!!busy || rows.length === 0}
              onClick={saveRows}
            >
              保存 {year} 年安排
            </PrimaryButton>
            <PrimaryButton
              className="holidays-cancel"
              secondary
              disabled={!!busy}
              onClick={() => void leaveEdits(back)}
            >
              取消
            </PrimaryButton>
          </View>
        </>
      ) : (
        <>
          <HolidayCoverage year={data} now={now} admin={admin} />

          <View className="section-title">{year} 年放假与调休</View>
          <Card className="holidays-days">
            <HolidayDays days={data.days} />
          </Card>

          {admin ? (
            <View className="holidays-actions">
              <PrimaryButton
                className="holidays-import"
                secondary={data.coverage === 'published'}
                onClick={startImport}
              >
                导入国务院通知
              </PrimaryButton>
              <PrimaryButton
                className="holidays-edit"
                secondary
                onClick={() => startEdit(data.days, data.source ?? '管理员录入')}
              >
                手动录入或修改
              </PrimaryButton>
            </View>
          ) : (
            <View className="holidays-readonly">节假日安排由管理员录入或导入</View>
          )}
        </>
      )}
    </View>
  );
}
