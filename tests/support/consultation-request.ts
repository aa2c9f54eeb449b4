import type { ConsultationInput } from '@/lib/forms/consultation-schema';

/** A complete, valid consultation request: the unit tests' starting point. */
export const validConsultation: ConsultationInput = {
  name: 'Jane Doe',
  email: 'jane@example.com',
  phone: '',
  contactMethod: 'email',
  bestTime: '',
  interest: 'kap',
  sessionFormat: 'telehealth',
  inCalifornia: 'yes',
  message: '',
  consent: 'on',
};
