// Every zod issue answers in Chinese: the UI shows the message as is, and bad input must get a clear Chinese error.
import { z } from 'zod';
import { describeIssues, zhErrorMap } from './zh-errors';

const chinese = /[\u4e00-\u9fa5]/;

describe('zhErrorMap', () => {
  test.each(Object.values(z.ZodIssueCode))('%s has a Chinese message', (code) => {
    const issue = {
      code,
      path: ['x'],
      expected: true,
      received: 'string',
      options: ['a', 'b'],
      keys: ['k'],
      minimum: 1,
      maximum: 2,
      type: 'number',
      inclusive: true,
      exact: false,
      multipleOf: 5,
      validation: 'regex',
      unionErrors: [],
      argumentsError: new z.ZodError([]),
      returnTypeError: new z.ZodError([]),
    } as unknown as z.ZodIssueOptionalMessage;
    expect(zhErrorMap(issue, { defaultError: 'Invalid input', data: 'v' }).message).toMatch(chinese);
  });

  test.each([
    ['a literal', z.object({ all: z.literal(true) }).strict(), { all: 'yes' }, 'all：取值应为 true'],
    ['a multiple', z.number().multipleOf(5), 3, '应为 5 的倍数'],
    ['a finite number', z.number().finite(), Infinity, '应为有限的数字'],
    ['a refinement without a message', z.string().refine((s) => s === 'ok'), 'no', '输入不正确'],
    [
      'a discriminated union',
      z.discriminatedUnion('kind', [z.object({ kind: z.literal('a') }), z.object({ kind: z.literal('b') })]),
      { kind: 'c' },
      'kind：取值应为 a / b 之一',
    ],
  ])('%s, as the envelope says it', (_what, schema, input, message) => {
    const result = (schema as z.ZodTypeAny).safeParse(input, { errorMap: zhErrorMap });
    expect(result.success).toBe(false);
    expect(describeIssues(result.error!).message).toBe(message);
  });
});
