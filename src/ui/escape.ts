/**
 * Escapes text for HTML, so that whatever a user typed is shown as text and never runs.
 *
 * @example
 * escapeHtml("<img src=x>") //=> "&lt;img src=x&gt;"
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? "").replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] as string,
  );
}
