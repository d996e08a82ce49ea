// Starting points for "New deck". Each is a complete, lint-clean deck in Podium's format.
import type { DeckTemplate } from '../../shared/ipc-types';

interface TemplateSource extends DeckTemplate {
  body: (title: string) => string;
}

const frontMatter = (title: string, duration: string) => `---
title: ${JSON.stringify(title)}
series: ""
presenters: []
event: ""
date: ""
duration: ${duration}
theme: light
paper: letter
lang: en
content-note: ""
resources:
  - "National Human Trafficking Hotline: 1-888-373-7888 (24/7), text 233733"
  - "https://humantraffickinghotline.org"
---
`;

const TEMPLATES: TemplateSource[] = [
  {
    id: 'blank',
    name: 'Blank deck',
    description: 'A title slide and one content slide.',
    body: (title) => `${frontMatter(title, '10m')}
# ${title}
<!-- .slide: data-minutes="2" -->

Note:
Welcome the room and say what the session covers.

---

## First point
<!-- .slide: data-minutes="8" -->

- Write one idea per slide

Note:
What to say here, and a question to ask the room.
`,
  },
  {
    id: 'workshop',
    name: 'Workshop',
    description: 'Title, content note, body, what you can do, resources and sources.',
    body: (title) => `${frontMatter(title, '45m')}
# ${title}
<!-- .slide: data-minutes="2" -->

Note:
Welcome everyone, introduce yourself and the plan for the session.

---

## Before we begin
<!-- .slide: data-minutes="3" -->

This session talks about difficult topics. Step out whenever you need to.

Note:
Read the content note aloud. Point to the exits and to the resources at the end.

---

## What we will cover
<!-- .slide: data-minutes="25" -->

- First topic <!-- .element: class="fragment" -->
- Second topic <!-- .element: class="fragment" -->

Note:
Reveal one point at a time. Ask the room what they already know.

---

## What you can do
<!-- .slide: data-minutes="10" -->

- One small step for this week

Note:
Ask each person to name one step they will take.

---

## Resources
<!-- .slide: data-minutes="3" -->

- National Human Trafficking Hotline: 1-888-373-7888, text 233733

Note:
If someone discloses, point to the hotline; do not investigate.

---

## Sources
<!-- .slide: data-minutes="2" -->

- Name every source of every figure here

Note:
Leave this up while people ask questions.
`,
  },
];

export function listTemplates(): DeckTemplate[] {
  return TEMPLATES.map(({ id, name, description }) => ({ id, name, description }));
}

/** The deck text for a template, or undefined for an unknown id. */
export function renderTemplate(id: string, title: string): string | undefined {
  return TEMPLATES.find((t) => t.id === id)?.body(title.trim() || 'Untitled deck');
}
