// Every action's input and output schema, by function: the contract the UI, the service and docs/api.md share.
export * from './schemas/common';
export * from './schemas/auth';
export * from './schemas/devices';
export * from './schemas/tickets';
export * from './schemas/surveys';
export * from './schemas/files';
export { zhErrorMap, describeIssues } from './schemas/zh-errors';
