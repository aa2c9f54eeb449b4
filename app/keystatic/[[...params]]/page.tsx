import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { KeystaticApp } from '../KeystaticApp';
import { editorMode } from '@/lib/editor';

export const metadata: Metadata = {
  title: 'Editor',
  robots: { index: false, follow: false },
};

/** The editor, where it may save (lib/editor.ts); a 404 everywhere else. */
export default function EditorPage() {
  if (!editorMode()) notFound();
  return (
    <div id="keystatic-editor" className="fixed inset-0 z-50 overflow-auto bg-white">
      <KeystaticApp />
    </div>
  );
}
