import type {
  CreateScheduleExceptionRequest,
  CreateWorkingHoursRequest,
  ScheduleExceptionWire,
  UpdateScheduleExceptionRequest,
  UpdateWorkingHoursRequest,
  WorkingHoursWire,
} from '@clinic/contract';
import type { Camelize } from '../../../lib/camel-case';

/** A dentist's weekly pattern; `validFrom: null` is in force since always. */
export type WorkingHours = Camelize<WorkingHoursWire>;
export type WorkingHoursInput = Camelize<CreateWorkingHoursRequest>;
export type WorkingHoursChanges = Camelize<UpdateWorkingHoursRequest>;
/** A closure of the clinic, or one dentist's time off or extra hours. */
export type ScheduleException = Camelize<ScheduleExceptionWire>;
export type ScheduleExceptionInput = Camelize<CreateScheduleExceptionRequest>;
/** Only what changed: its kind and dentist stay what they are. */
export type ScheduleExceptionChanges = Camelize<UpdateScheduleExceptionRequest>;
export type ScheduleExceptionKind = ScheduleException['kind'];
