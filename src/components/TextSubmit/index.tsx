// A text box with its one button, inline on a card (回复工程师, 提交专家方案): checked with the shared schema,
// the text kept when sending fails.
import { useState } from 'react';
import { Textarea, View } from '@tarojs/components';
import type { z } from 'zod';
import { fieldError } from '../../validation';
import PrimaryButton from '../PrimaryButton';
import '../FormField/index.scss';
import './index.scss';

interface Props {
  title: string;
  hint?: string;
  placeholder: string;
  buttonText: string;
  maxlength: number;
  /** the rule the text must meet (from core/schemas) */
  schema?: z.ZodTypeAny;
  /** resolves when sent (the box empties); rejects to keep the text */
  onSubmit: (text: string) => Promise<void>;
  className?: string;
}

export default function TextSubmit({
  title,
  hint,
  placeholder,
  buttonText,
  maxlength,
  schema,
  onSubmit,
  className,
}: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const submit = async () => {
    const problem = schema ? fieldError(schema, text) : null;
    setError(problem);
    if (problem || sending) return;
    setSending(true);
    try {
      await onSubmit(text.trim());
      setText('');
    } catch {
      // the caller showed why; the text stays for another try
    } finally {
      setSending(false);
    }
  };
  return (
    <View className={`text-submit ${error ? 'form-field--invalid' : ''} ${className ?? ''}`}>
      <View className="form-field__label">{title}</View>
      {hint ? <View className="form-field__hint">{hint}</View> : null}
      <Textarea
        className="form-field__textarea text-submit__input"
        value={text}
        maxlength={maxlength}
        placeholder={placeholder}
        placeholderClass="form-field__placeholder"
        onInput={(e) => {
          setText(e.detail.value);
          if (error) setError(null);
        }}
      />
      {error ? <View className="form-field__error">{error}</View> : null}
      <View className="text-submit__action">
        <PrimaryButton className="text-submit__send" loading={sending} disabled={sending} onClick={() => void submit()}>
          {buttonText}
        </PrimaryButton>
      </View>
    </View>
  );
}
