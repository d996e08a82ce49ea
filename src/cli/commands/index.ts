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
};
