export { checkScheduleExpression, type ScheduleCheck } from './expression.ts';
