// What other parts of the app may use of the day board; the rest is its own business.
export { DayBoard } from './components/day-board';
