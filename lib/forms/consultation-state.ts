import type { SlotChoice } from '@/lib/booking/slot-choice';
import type { ConsultationField, ConsultationValues, FieldErrors } from './consultation-schema';

/** The slot she chose ('none': none of the times offered), kept through a round trip. */
export interface ChosenSlot {
  slot?: string;
}

/** What the consultation action answers; the form renders it with or without JavaScript. */
export type ConsultationState =
  | { status: 'idle' }
  | ({
      status: 'invalid';
      fieldErrors: FieldErrors<ConsultationField>;
      values: ConsultationValues;
    } & ChosenSlot)
  | ({ status: 'error'; message: string; values: ConsultationValues } & ChosenSlot)
  /**
   * The slot she chose was booked by someone else a moment before (or is no longer open): nothing
   * is stored, her entries are kept, and fresh times are offered (null: none can be offered now).
   */
  | { status: 'slot-taken'; values: ConsultationValues; slots: SlotChoice | null }
  | { status: 'received'; name: string }
  /** Her consultation is booked for `time`, written out in the practice's zone. */
  | { status: 'booked'; name: string; time: string };

export const initialConsultationState: ConsultationState = { status: 'idle' };
