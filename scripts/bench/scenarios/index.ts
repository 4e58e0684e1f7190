// Every benchmark scenario, in the order `npm run bench` (no arguments) runs them. Add new ones here.
import type { Scenario } from '../lib/scenario';
import { coldstartScenario } from './coldstart';
import { reportScenario } from './report';
import { reportSqlScenario } from './report-sql';
import { slaScenario } from './sla';

export const SCENARIOS: readonly Scenario[] = [reportScenario, reportSqlScenario, slaScenario, coldstartScenario];
