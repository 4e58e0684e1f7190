// Chinese messages for zod's validation issues: the UI shows `message` as is (API.md: "Chinese first").
import { z, type ZodErrorMap } from 'zod';
import type { ErrorDetail } from '../errors';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是/否',
  object: '对象',
  array: '列表',
  date: '日期',
  null: '空值',
  undefined: '空',
};

export const zhErrorMap: ZodErrorMap = (issue) => {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return { message: '必填' };
      return { message: `应为${TYPE_NAMES[issue.expected] ?? issue.expected}` };
    case z.ZodIssueCode.too_small:
      if (issue.type === 'string')
        return { message: issue.minimum === 1 ? '不能为空' : `至少 ${issue.minimum} 个字符` };
      if (issue.type === 'array') return { message: `至少 ${issue.minimum} 项` };
      return { message: `不能小于 ${issue.minimum}` };
    case z.ZodIssueCode.too_big:
      if (issue.type === 'string') return { message: `最多 ${issue.maximum} 个字符` };
      if (issue.type === 'array') return { message: `最多 ${issue.maximum} 项` };
      return { message: `不能大于 ${issue.maximum}` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `取值应为 ${issue.options.join(' / ')} 之一` };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: `不支持的字段：${issue.keys.join('、')}` };
    case z.ZodIssueCode.invalid_string:
      return { message: '格式不正确' };
    case z.ZodIssueCode.invalid_union:
      return { message: '格式不正确' };
    case z.ZodIssueCode.invalid_literal:
      return { message: `取值应为 ${JSON.stringify(issue.expected)}` };
    case z.ZodIssueCode.invalid_union_discriminator:
      return { message: `取值应为 ${issue.options.map((o) => String(o)).join(' / ')} 之一` };
    case z.ZodIssueCode.not_multiple_of:
      return { message: `应为 ${String(issue.multipleOf)} 的倍数` };
    case z.ZodIssueCode.not_finite:
      return { message: '应为有限的数字' };
    case z.ZodIssueCode.invalid_date:
      return { message: '日期无效' };
    default:
      // custom refinements without a message of their own, intersections, function arguments: never English
      return { message: '输入不正确' };
  }
};

/** A branch of a union (at `depth`) that failed on the input's type itself ('7x24' given an object), not inside it. */
const failedOnType = (e: z.ZodError, depth: number) =>
  e.issues.every((i) => i.path.length === depth && (i.code === 'invalid_type' || i.code === 'invalid_literal'));

/**
 * A union whose input matched the type of exactly one branch (an object where '7x24' or an object is allowed) says
 * what is wrong inside that branch, field by field, instead of "格式不正确".
 */
function expandUnions(issues: readonly z.ZodIssue[]): z.ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== z.ZodIssueCode.invalid_union) return [issue];
    // the branches' issues carry their full paths already
    const fitting = issue.unionErrors.filter((e) => !failedOnType(e, issue.path.length));
    return fitting.length === 1 ? expandUnions(fitting[0]!.issues) : [issue];
  });
}

/** zod issues → the envelope's details and one readable message ("serial：必填"). */
export function describeIssues(error: z.ZodError): { message: string; details: ErrorDetail[] } {
  const details = expandUnions(error.issues).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = details[0];
  const message = first ? (first.path ? `${first.path}：${first.message}` : first.message) : '输入不正确';
  return { message, details };
}
