// The `sla` function: the timer that keeps the promised times, the dispatcher board, attainment, evidence and "我来处理".
import { acknowledge } from './acknowledge';
import { attainment } from './attainment';
import { board } from './board';
import { evidence } from './evidence';
import { run } from './run';

export const actions = { run, board, attainment, evidence, acknowledge };
