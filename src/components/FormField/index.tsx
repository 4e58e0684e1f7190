// A form field: label (with * when required), an optional hint, the control, and its error in red beneath.
import type { ReactNode } from 'react';
import { Input, Text, Textarea, View } from '@tarojs/components';
import './index.scss';

interface Props {
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}

export default function FormField({ label, required, hint, error, children, className }: Props) {
  return (
    <View className={`form-field ${error ? 'form-field--invalid' : ''} ${className ?? ''}`}>
      <View className="form-field__label">
        {label}
        {required ? <Text className="form-field__required">*</Text> : null}
      </View>
      {hint ? <View className="form-field__hint">{hint}</View> : null}
      {children}
      {error ? <View className="form-field__error">{error}</View> : null}
    </View>
  );
}

interface FieldTextProps {
  /** the control's own class (the test hook), after form-field__textarea / form-field__input */
  className: string;
  value: string;
  maxlength: number;
  placeholder: string;
  onInput: (value: string) => void;
  /** several lines (a Textarea) rather than one (an Input) */
  multiline?: boolean;
}

/** The text control inside a FormField, in the field's look; hands back the typed value. */
export function FieldText({ className, multiline, onInput, ...rest }: FieldTextProps) {
  const props = {
    ...rest,
    placeholderClass: 'form-field__placeholder',
    onInput: (e: { detail: { value: string } }) => onInput(e.detail.value),
  };
  return multiline ? (
    <Textarea className={`form-field__textarea ${className}`} {...props} />
  ) : (
    <Input className={`form-field__input ${className}`} {...props} />
  );
}
