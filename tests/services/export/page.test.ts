import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { contentSecurityPolicy, renderPage } from '../../../src/services/export';

const base = { title: 'T <b>', lang: 'en', styles: [], headScripts: [], deckCss: '', slidesHtml: '<section>x</section>', config: { title: '</script><script>alert(1)</script>' } };

describe('contentSecurityPolicy()', () => {
  it('allows no network at all and scripts only from the export', () => {
    const csp = contentSecurityPolicy([]);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).not.toMatch(/https?:|\*/);
  });

  it('pins inlined scripts by hash instead of allowing inline script', () => {
    const csp = contentSecurityPolicy(['console.log(1)']);
    const hash = createHash('sha256').update('console.log(1)').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).not.toContain("'unsafe-inline' ; script");
    expect(/script-src[^;]*unsafe-inline/.test(csp)).toBe(false);
  });
});

describe('renderPage()', () => {
  it('escapes the title and keeps config JSON from closing its script element', () => {
    const html = renderPage({ ...base, bodyScripts: [{ href: 'podium/reveal.js' }] });
    expect(html).toContain('<title>T &lt;b&gt;</title>');
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>');
    expect(html).toContain('<script src="podium/reveal.js"></script>');
  });

  it('refuses to inline a script that could end its own element', () => {
    expect(() => renderPage({ ...base, bodyScripts: [{ inline: 'x = "</script>"' }] })).toThrow(/cannot be embedded/);
  });
});
