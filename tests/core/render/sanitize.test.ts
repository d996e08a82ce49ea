import { describe, expect, it } from 'vitest';
import { parse, renderSlides, sanitizeCss, sanitizeHtml, sanitizeUrl } from '../../../src/core';
import { executableConstructs } from '../executable';
import { fragment } from '../support/dom';

// Each payload is tried as raw HTML on a slide, in notes, and inline in a paragraph.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" ONERROR="alert(1)">',
  '<img/src=x/onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<svg><a href="javascript:alert(1)"><text>x</text></a></svg>',
  '<svg><animate attributeName="href" to="javascript:alert(1)"/></svg>',
  '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
  '<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<xmp><img src=x onerror=alert(1)></xmp>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<title><img src=x onerror=alert(1)></title>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href=" &#14;javascript:alert(1)">x</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">x</a>',
  '<a href="jav&Tab;ascript:alert(1)">x</a>',
  '<a href="java\nscript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="import" href="evil.html">',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<div style="width: expression(alert(1))">x</div>',
  '<div style="background: u\\72l(javascript:alert(1))">x</div>',
  '<style>@import "javascript:alert(1)"; body { background: url("javascript:alert(1)") }</style>',
  '<style></style><img src=x onerror=alert(1)></style>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror="alert(1)"></video>',
  '<audio src=x onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<marquee onstart=alert(1)>x</marquee>',
  '<div data-background-iframe="javascript:alert(1)">x</div>',
  '<a data-preview-link href="javascript:alert(1)">x</a>',
  '<section data-markdown="https://evil.example/x.md"></section>',
  '<template><img src=x onerror=alert(1)></template>',
  '<!--><img src=x onerror=alert(1)>-->',
  '<!-- --!><img src=x onerror=alert(1)> -->',
  '<![CDATA[><img src=x onerror=alert(1)>]]>',
  '<img src="x` `<script>alert(1)</script>"` `>',
  '<img """><script>alert(1)</script>">',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<a href="https://ok.example" target="_top" onclick="alert(1)">x</a>',
];

describe('sanitizeHtml()', () => {
  it.each(PAYLOADS)('leaves nothing executable in %s', (payload) => {
    expect(executableConstructs(sanitizeHtml(payload))).toEqual([]);
  });

  it('keeps the HTML that decks legitimately use', () => {
    const root = fragment(sanitizeHtml(
      '<div class="columns" style="display:flex"><p align="center"><a href="https://example.org" target="_blank">site</a></p>' +
      '<img src="images/a.png" alt="A map" width="300"><video src="media/a.mp4" controls muted></video>' +
      '<table><tr><td colspan="2">x</td></tr></table><details><summary>More</summary>text</details>' +
      '<svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="url(#g)"/><text x="1" y="9">hi</text></svg></div>',
    ));
    expect(root.querySelector('div.columns')?.getAttribute('style')).toBe('display:flex');
    expect(root.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('img')?.getAttribute('alt')).toBe('A map');
    expect(root.querySelector('video')?.hasAttribute('controls')).toBe(true);
    expect(root.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(root.querySelector('svg circle')?.getAttribute('fill')).toBe('url(#g)');
    expect(root.querySelector('svg text')?.textContent).toBe('hi');
  });

  it('drops script and style-breaking content instead of showing it', () => {
    expect(sanitizeHtml('<script>alert(1)</script>ok')).toBe('ok');
    expect(sanitizeHtml('<iframe src="x">inside</iframe>ok')).toBe('ok');
  });

  it('closes what a fragment leaves open and ignores end tags it never opened', () => {
    expect(sanitizeHtml('<div><span>x')).toBe('<div><span>x</span></div>');
    expect(sanitizeHtml('</section></div>x')).toBe('x');
  });

  it('escapes text so nothing in it becomes markup', () => {
    expect(sanitizeHtml('a < b & c > d &amp; &copy;')).toBe('a &lt; b &amp; c &gt; d &amp; &copy;');
  });
});

describe('sanitizeUrl()', () => {
  it.each([
    ['images/a.png', 'src', 'images/a.png'],
    ['https://example.org/x', 'href', 'https://example.org/x'],
    ['mailto:help@example.org', 'href', 'mailto:help@example.org'],
    ['tel:18883737888', 'href', 'tel:18883737888'],
    ['#slide-3', 'href', '#slide-3'],
    ['data:image/png;base64,AAAA', 'src', 'data:image/png;base64,AAAA'],
    ['data:image/png;base64,AAAA', 'href', undefined],
    ['javascript:alert(1)', 'href', undefined],
    [' java\tscript:alert(1)', 'href', undefined],
    ['data:text/html,x', 'src', undefined],
    ['file:///etc/passwd', 'src', undefined],
    ['images/a:b.png', 'src', 'images/a:b.png'],
  ] as const)('%s as %s → %s', (url, context, expected) => {
    expect(sanitizeUrl(url, context)).toBe(expected);
  });
});

describe('sanitizeCss()', () => {
  it('removes imports, remote and script URLs, and anything that could close a style element', () => {
    const css = sanitizeCss('@import url(https://evil.example/a.css); section { background: url(https://evil.example/b.png); color: red } </style><script>');
    expect(css).not.toMatch(/@import|evil|<\/style|<script/);
    expect(css).toContain('color: red');
  });

  it('keeps local URLs', () => {
    expect(sanitizeCss('section { background: url(images/bg.png) }')).toContain('url("images/bg.png")');
  });
});

describe('parse() with hostile decks', () => {
  const deck = parse([
    '# Hostile',
    '<!-- .slide: data-background-iframe="javascript:alert(1)" onclick="alert(1)" data-background-image="javascript:alert(1)" data-minutes="2" -->',
    '',
    ...PAYLOADS.map((p, i) => (i % 2 ? `Inline ${p} text` : p) + '\n'),
    '[link](javascript:alert(1)) ![img](javascript:alert(1)) <https://ok.example>',
    '',
    'Para <!-- .element: onmouseover="alert(1)" class="fragment" -->',
    '',
    'Note:',
    ...PAYLOADS.map((p) => p + '\n'),
  ].join('\n'));

  it('keeps slides, notes and section attributes free of executable constructs', () => {
    expect(executableConstructs(renderSlides(deck))).toEqual([]);
    expect(deck.slides[0].attributes).toEqual({ 'data-minutes': '2' });
  });

  it('still applies the safe part of an attribute comment', () => {
    expect(fragment(deck.slides[0].html).querySelector('p.fragment')?.hasAttribute('onmouseover')).toBe(false);
  });

  it('drops what stands between an inline <script> and its end tag', () => {
    const inline = parse('Before <script>alert(1)</script> after\n').slides[0];
    expect(inline.html).toBe('<p>Before  after</p>\n');
  });

  it('keeps code blocks as text', () => {
    const code = parse('```html\n<script>alert(1)</script>\n```\n').slides[0];
    expect(fragment(code.html).querySelector('code')?.textContent).toBe('<script>alert(1)</script>');
    expect(executableConstructs(code.html)).toEqual([]);
  });
});
