import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/** A modal built on <dialog>: focus is trapped and Esc closes it, as the platform does. */
export function Dialog({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);
  return (
    <dialog ref={ref} className={`dialog ${className ?? ''}`} aria-label={title} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 className="dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}
