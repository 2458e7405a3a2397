'use client';
// A GET form that leaves its empty fields out of the URL ("?code=P", never "?code=P&ad=&role="):
// they are disabled for the moment of submitting. Without JavaScript the page redirects such a URL
// to the same one without them (app/trades/page.tsx).
import type { FormEvent, ReactNode } from 'react';

export function GetForm({ action, label, className, children }: { action: string; label: string; className?: string; children: ReactNode }) {
  function dropEmpty(event: FormEvent<HTMLFormElement>) {
    const fields = [...event.currentTarget.elements].filter(
      (el): el is HTMLInputElement | HTMLSelectElement =>
        (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.name !== '' && el.value.trim() === '' && !el.disabled,
    );
    for (const field of fields) field.disabled = true;
    // Back in the form (the browser's back button keeps the page), the fields work again.
    setTimeout(() => fields.forEach((field) => (field.disabled = false)), 0);
  }
  return (
    <form method="get" action={action} aria-label={label} className={className} onSubmit={dropEmpty}>
      {children}
    </form>
  );
}
