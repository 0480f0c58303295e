/**
 * The base class of the element. On a server (a docs engine rendering pages in Node) there is no HTMLElement: the
 * module must still load there, so the class extends a placeholder that is never constructed.
 */
export const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * Defines the element once, and only where there is a DOM: importing the player twice (two bundles, a hot reload)
 * is harmless, and importing it during server-side rendering registers nothing. Returns whether it defined it now.
 */
export function defineOnce(name: string, element: CustomElementConstructor): boolean {
  if (typeof customElements === 'undefined' || customElements.get(name)) return false;
  customElements.define(name, element);
  return true;
}
