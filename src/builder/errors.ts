/** One thing wrong with an annotation, located by file and by item: `quotes[sign-1].text`. */
export interface BuildError {
  /** The file at fault, as given to the builder (`data/x/story.yaml`). */
  file: string;
  /** The item and field, by id where the item has one: `events[coup].when.edtf`. */
  path: string;
  message: string;
}

/** `data/x/story.yaml: quotes[sign-1].text: "…" is not in the article; nearest is p3 …` */
export function formatBuildError(error: BuildError): string {
  return [error.file, error.path, error.message].filter((part) => part !== '').join(': ');
}

/** Collects errors for one file. */
export class ErrorList {
  readonly items: BuildError[] = [];

  constructor(readonly file: string) {}

  add(path: string, message: string): void {
    this.items.push({ file: this.file, path, message });
  }

  get count(): number {
    return this.items.length;
  }
}
