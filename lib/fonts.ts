import localFont from 'next/font/local';

// Self-hosted, latin subset, one variable file each: two font files in all.
export const bodyFont = localFont({
  src: '../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  variable: '--font-body',
  weight: '200 900',
  display: 'swap',
});

export const displayFont = localFont({
  src: '../node_modules/@fontsource-variable/lora/files/lora-latin-wght-normal.woff2',
  variable: '--font-display',
  weight: '400 700',
  display: 'swap',
});
