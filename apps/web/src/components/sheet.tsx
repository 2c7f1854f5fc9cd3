import { type ReactNode, useEffect, useRef } from 'react';

/**
 * A panel over the page (a modal `<dialog>`): the navigation drawer from the left, the filters from the bottom.
 * The page behind is inert while it is open; Escape, the close button or a click beside it closes it, and the
 * focus returns to what opened it.
 */
export function Sheet({
  id,
  title,
  open,
  onClose,
  side = 'bottom',
  children,
}: {
  id?: string;
  title: string;
  open: boolean;
  onClose: () => void;
  side?: 'bottom' | 'left';
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the dialog natively; the click is on its backdrop.
    <dialog
      id={id}
      ref={dialog}
      className={`sheet sheet--${side}`}
      aria-label={title}
      onClose={onClose}
      onClick={(event) => {
        // A click on the backdrop lands on the dialog itself, outside its panel.
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="sheet__panel">
        <div className="sheet__head">
          <h2 className="sheet__title">{title}</h2>
          <button type="button" className="button button--small" onClick={onClose}>
            Close
          </button>
        </div>
        {children}
      </div>
    </dialog>
  );
}
