// Why a deck file could not be read, one class per cause. Each message is one line that names the
// file and says what to do; the CLI prints it as is (exit 2) and the app shows it in a banner.
export class DeckFileError extends Error {
  constructor(readonly path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = new.target.name;
  }
}

export class DeckNotFoundError extends DeckFileError {
  constructor(path: string) {
    super(path, 'no such file or folder: check the spelling, or run the command from the deck\'s folder.');
  }
}

export class NoDecksError extends DeckFileError {
  constructor(path: string) {
    super(path, 'this folder has no .md decks (README.md does not count): give a deck file, or a folder that holds some.');
  }
}

export class NotADeckFileError extends DeckFileError {
  constructor(path: string) {
    super(path, 'is a folder, not a deck file: give the .md file inside it.');
  }
}

export class DeckTooLargeError extends DeckFileError {
  constructor(path: string, bytes: number, limit: number) {
    super(path, `is ${(bytes / 1024 / 1024).toFixed(1)} MB, over the ${limit / 1024 / 1024} MB limit for a deck: keep images and video as separate files next to the deck and link them.`);
  }
}

export class BinaryDeckError extends DeckFileError {
  constructor(path: string) {
    super(path, 'is a binary file, not Markdown text: give the .md file (images and media are linked from it, not opened directly).');
  }
}

export class NotUtf8Error extends DeckFileError {
  constructor(path: string, line: number, hint = '') {
    super(path, `is not UTF-8 text (first bad byte on line ${line}${hint}): re-save it as UTF-8 in your editor ("Save with encoding" > UTF-8).`);
  }
}

export class DeckUnreadableError extends DeckFileError {
  constructor(path: string, code: string) {
    super(path, `cannot be read (${code}): check that you have permission to open it and that it is not locked by another program.`);
  }
}
