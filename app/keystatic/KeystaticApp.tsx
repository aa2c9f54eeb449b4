'use client';

import { makePage } from '@keystatic/next/ui/app';
import config from '@/keystatic.config';

/** The editor's single-page app; only /keystatic loads it. */
export const KeystaticApp = makePage(config);
