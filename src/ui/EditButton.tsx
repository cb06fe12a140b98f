/** "Edit" on a record, shown only when the dev-only workbench gave the page an editor. */
export function EditButton({
  onEdit,
  what,
  className,
}: {
  onEdit: (() => void) | null;
  what: string;
  className?: string;
}) {
  if (onEdit === null) return null;
  return (
    <button type="button" className={className ?? 'edit-record'} onClick={onEdit}>
      Edit<span className="visually-hidden"> {what}</span>
    </button>
  );
}
