import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export interface PublicImage {
  src: string;
  width: number;
  height: number;
}

/**
 * An image of public/ with its intrinsic size, read when the page is built, so the browser
 * reserves its box before it loads (no layout shift). A path that names no file fails the build.
 */
export function publicImage(src: string, setting: string): PublicImage {
  const file = path.join(process.cwd(), 'public', src);
  if (!fs.existsSync(file)) {
    throw new Error(`${setting}: ${src} is not in public/ (put the file at public${src})`);
  }
  const { width, height } = imageSize(fs.readFileSync(file));
  return { src, width, height };
}
