import type {
  CreateScheduleExceptionRequest,
  CreateWorkingHoursRequest,
  ScheduleExceptionWire,
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
export type ScheduleExceptionKind = ScheduleException['kind'];
