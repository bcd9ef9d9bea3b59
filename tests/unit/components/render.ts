import { type ComponentChild, render } from 'preact';

/** Renders into a fresh container in the test's jsdom document and returns it. */
export function renderInto(vnode: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  render(vnode, container);
  return container;
}

/** Text of every element matching the selector, whitespace collapsed. */
export function textsOf(root: ParentNode, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
}
