// Key sequences as a terminal sends them (conventions: name them, as SelectPrompt.test.tsx does).
export const ENTER = '\r';
export const ARROW_DOWN = '\u001B[B';
export const ARROW_UP = '\u001B[A';
export const ARROW_LEFT = '\u001B[D';
export const CTRL_C = '\u0003';

const macrotask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Waits until the frame satisfies a check: Ink updates the frame a macrotask or more after a key. */
export async function until(frame: () => string | undefined, check: (text: string) => boolean, timeoutMs = 3000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = frame() ?? '';
    if (check(text)) return text;
    if (Date.now() > deadline) throw new Error(`frame never matched; last frame:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Writes keys one per write, with a macrotask between, as a person types. */
export async function press(stdin: { write(data: string): void }, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    stdin.write(key);
    await macrotask();
    await macrotask();
  }
}
export const ARROW_RIGHT = '\u001B[C';
