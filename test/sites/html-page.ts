/** A bare document holding `html` in its body, in the page language `lang`: for hand-written pages in tests. */
export function htmlPage(html: string, lang = 'en'): Document {
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.lang = lang;
  doc.body.innerHTML = html;
  return doc;
}
