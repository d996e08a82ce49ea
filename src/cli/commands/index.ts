// One file per command; loaded lazily so `podium lint` never pays for the browser or the exporter.
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}

export interface CommandEntry {
  summary: string;
  load(): Promise<CommandModule>;
}

export const COMMANDS: Record<string, CommandEntry> = {
  // inspect, lint (engine), export, handouts: each adds one line here.
  inspect: { summary: 'Show how Podium reads a deck (slides, notes, diagnostics); --json for tools', load: () => import('./inspect') },
  lint: { summary: 'Check decks for problems: file:line:col severity code message', load: () => import('./lint') },
  export: { summary: 'Export decks to offline presentations (folder or --single-file), speaker view included', load: () => import('./export') },
  handouts: { summary: 'Print handouts: slides N-up, facilitator guide, outline, resource card (PDF or HTML)', load: () => import('./handouts') },
};
