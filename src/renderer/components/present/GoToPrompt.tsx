import { useState } from 'react';

interface Props {
  count: number;
  onGo(slideNumber: number): void;
  onCancel(): void;
}

/** `G`: type a slide number, Enter goes there, Esc cancels. */
export function GoToPrompt({ count, onGo, onCancel }: Props) {
  const [value, setValue] = useState('');
  const n = Number(value);
  const valid = Number.isInteger(n) && n >= 1 && n <= count;
  return (
    <form
      className="goto-prompt"
      onSubmit={(e) => { e.preventDefault(); if (valid) onGo(n); }}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); } }}
    >
      <label>
        Go to slide (1–{count})
        <input autoFocus inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value.replace(/\D/g, ''))} aria-label="Slide number" />
      </label>
      <button type="submit" disabled={!valid}>Go</button>
    </form>
  );
}
