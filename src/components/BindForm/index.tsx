// Invitation code form: validated with the shared schema (core) before sending, field error under the input.
import { useState } from 'react';
import { Input, View } from '@tarojs/components';
import { InvitationCode } from '../../../core/schemas/auth';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

interface Props {
  /** resolves when bound; rejects to let the page say why (the form stays filled in) */
  onSubmit: (code: string) => Promise<void>;
}

export default function BindForm({ onSubmit }: Props) {
  const [value, setValue] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = () => {
    const parsed = InvitationCode.safeParse(value);
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message ?? '邀请码格式不正确');
      return;
    }
    setFieldError(null);
    setSubmitting(true);
    onSubmit(parsed.data)
      .catch(() => undefined) // the page shows the reason; the code stays for another try
      .finally(() => setSubmitting(false));
  };

  return (
    <View className="bind-form">
      <View className="bind-form__label">邀请码</View>
      <Input
        className={`bind-form__input${fieldError ? ' bind-form__input--invalid' : ''}`}
        value={value}
        maxlength={16}
        placeholder="请输入 8 位邀请码"
        placeholderClass="bind-form__placeholder"
        confirmType="done"
        onInput={(e) => {
          setValue(e.detail.value);
          if (fieldError) setFieldError(null);
        }}
        onConfirm={submit}
      />
      {fieldError ? <View className="bind-form__error">{fieldError}</View> : null}
      <View className="bind-form__submit">
        <PrimaryButton className="bind-form__button" loading={submitting} disabled={submitting} onClick={submit}>
          绑定
        </PrimaryButton>
      </View>
    </View>
  );
}
