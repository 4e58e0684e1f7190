// Every action's input and output schema, by function: the contract the UI, the service and docs/api.md share.
export * from './schemas/common';
export * from './schemas/auth';
export * from './schemas/devices';
export * from './schemas/tickets';
export * from './schemas/surveys';
export * from './schemas/files';
export * from './schemas/notifications';
export { zhErrorMap, describeIssues } from './schemas/zh-errors';
export * from './schemas/rosters';
export * from './schemas/sla';
