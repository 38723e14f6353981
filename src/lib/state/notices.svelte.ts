import type { InputProblem, MessageKey } from '../shared/vocabulary';

/** Messages for the user (bad link parameters, data problems), translated when shown. */
export class NoticesState {
  /** The messages shown, oldest first. */
  list = $state.raw<InputProblem[]>([]);

  /** Adds a message (translated when displayed, so it follows a language switch). */
  notify(key: MessageKey, params: Record<string, string | number> = {}): void {
    this.list = [...this.list, { key, params }];
  }

  /** Replaces every message (a link read anew reports its own problems). */
  replace(problems: readonly InputProblem[]): void {
    this.list = [...problems];
  }

  /** Removes the message at `index`. */
  dismiss(index: number): void {
    this.list = this.list.filter((_, i) => i !== index);
  }
}
