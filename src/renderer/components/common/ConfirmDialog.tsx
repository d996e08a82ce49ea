import { Dialog } from './Dialog';

interface Props {
  title: string;
  body: string;
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ title, body, confirm, onConfirm, onCancel }: Props) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <p>{body}</p>
      <div className="dialog-buttons">
        <button onClick={onCancel} autoFocus>Cancel</button>
        <button className="primary danger" onClick={onConfirm}>{confirm}</button>
      </div>
    </Dialog>
  );
}
