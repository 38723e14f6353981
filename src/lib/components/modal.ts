/**
 * Svelte action: keeps a `<dialog>` shown as a modal while `open` is true and closed otherwise
 * (the dialogs' own close — Escape, a form — reports back through their `onclose`).
 */
export function modal(dialog: HTMLDialogElement, open: boolean) {
  const apply = (show: boolean) => {
    if (show && !dialog.open) dialog.showModal();
    if (!show && dialog.open) dialog.close();
  };
  apply(open);
  return { update: apply };
}
