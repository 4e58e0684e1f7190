// The CloudBase function config.json (timeout, runtime, timer triggers), as the host and the build read it.
import type { ActionMap } from './action';

export interface TimerTriggerConfig {
  /** the trigger's name is also the action it runs (a `timer`-access action of the same function) */
  name: string;
  type: 'timer';
  /** CloudBase cron: 7 fields, second minute hour day month weekday year, Beijing time */
  config: string;
}

export interface FunctionConfig {
  timeout: number;
  runtime: string;
  memorySize?: number;
  triggers: TimerTriggerConfig[];
}

export interface FunctionDef {
  name: string;
  actions: ActionMap;
  config: FunctionConfig;
}
