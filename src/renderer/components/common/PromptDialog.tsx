import { useState } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  label: string;
  initial: string;
  confirm: string;
  onConfirm(value: string): void;
  onCancel(): void;
}

export function PromptDialog({ title, label, initial, confirm, onConfirm, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  return (
    <Dialog title={title} onClose={onCancel}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); if (value.trim()) onConfirm(value.trim()); }}>
        <label className="field">
          {label}
          <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="primary" disabled={!value.trim()}>{confirm}</button>
        </div>
      </form>
    </Dialog>
  );
}
