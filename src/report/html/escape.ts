// Text into HTML, for every page the reports write.

/** esc escapes for HTML, and trades the reports' emoji marks for symbols every font has (a page without emoji fonts shows boxes). */
export function esc(text: string): string {
  return text
    .replace(/✅/g, '✓')
    .replace(/❌/g, '✗')
    .replace(/⚠️/g, '⚠')
    .replace(/🚨/g, '‼')
    .replace(/↩️/g, '↩')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
