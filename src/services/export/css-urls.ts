// url(...) references in a deck's own <style> CSS, rewritten like <img src> so local images travel
// with the export (the engine's sanitiser has already removed remote and script URLs).
const URL_FN = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)/gi;
const SRC = /src="([^"]*)"/;

/** `rewrite` gets a URL wrapped in an <img> and returns the rewritten tag (reusing the HTML path). */
export async function rewriteCssUrls(css: string, rewrite: (url: string) => Promise<string>): Promise<string> {
  if (!css || !css.includes('url(')) return css;
  const parts: Array<string | Promise<string>> = [];
  let last = 0;
  for (const m of css.matchAll(URL_FN)) {
    const url = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    parts.push(css.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (!url || /^data:/i.test(url)) { parts.push(m[0]); continue; }
    parts.push(rewrite(url).then((tag) => {
      const src = SRC.exec(tag)?.[1];
      return src ? `url("${src.replace(/&quot;/g, '%22').replace(/&amp;/g, '&').replace(/\\/g, '%5C')}")` : 'none';
    }));
  }
  parts.push(css.slice(last));
  return (await Promise.all(parts)).join('');
}
