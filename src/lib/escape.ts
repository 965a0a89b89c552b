/**
 * Escapes text for element content and quoted attribute values, in XML (the Atom feed) and HTML
 * (the search documents) alike.
 */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
