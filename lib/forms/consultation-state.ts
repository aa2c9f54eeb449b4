import type { ConsultationField, ConsultationValues, FieldErrors } from './consultation-schema';

/** What the consultation action answers; the form renders it with or without JavaScript. */
export type ConsultationState =
  | { status: 'idle' }
  | { status: 'invalid'; fieldErrors: FieldErrors<ConsultationField>; values: ConsultationValues }
  | { status: 'error'; message: string; values: ConsultationValues }
  | { status: 'received'; name: string };

export const initialConsultationState: ConsultationState = { status: 'idle' };
