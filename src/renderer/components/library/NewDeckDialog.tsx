import { useEffect, useState } from 'react';
import { podium } from '../../api';
import type { DeckTemplate } from '../../../shared/ipc-types';
import { Dialog } from '../common/Dialog';

interface Props {
  onCreate(templateId: string, title: string): void;
  onCancel(): void;
}

export function NewDeckDialog({ onCreate, onCancel }: Props) {
  const [templates, setTemplates] = useState<DeckTemplate[]>([]);
  const [templateId, setTemplateId] = useState('');
  const [title, setTitle] = useState('');
  useEffect(() => {
    void podium.workspace.listTemplates().then((list) => {
      setTemplates(list);
      setTemplateId((id) => id || list[0]?.id || '');
    });
  }, []);

  return (
    <Dialog title="New deck" onClose={onCancel}>
      <form onSubmit={(e) => { e.preventDefault(); if (title.trim() && templateId) onCreate(templateId, title.trim()); }}>
        <label className="field">
          Title
          <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Knowing the signs" />
        </label>
        <fieldset className="templates">
          <legend>Start from</legend>
          {templates.map((t) => (
            <label key={t.id} className="template-choice">
              <input type="radio" name="template" value={t.id} checked={templateId === t.id} onChange={() => setTemplateId(t.id)} />
              <strong>{t.name}</strong> <span className="muted">{t.description}</span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>Cancel</button>
          <button type="submit" className="primary" disabled={!title.trim() || !templateId}>Create</button>
        </div>
      </form>
    </Dialog>
  );
}
