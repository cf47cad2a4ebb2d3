import type { Page } from 'playwright-core';
import { axNodes, type AXNode, type Harness } from './harness';

const named = (n: AXNode, role: string, name?: string | RegExp) =>
  n.role?.value === role && (name === undefined || (typeof name === 'string' ? n.name?.value === name : name.test(n.name?.value ?? '')));

/**
 * Clicks a control inside the extension's closed shadow roots as a user would: found by its accessible role and
 * name (no page script and no Playwright locator can reach it), scrolled into view, clicked with the mouse, so the
 * page receives a trusted event.
 */
export async function clickAccessible(h: Harness, page: Page, name: string | RegExp, role = 'button'): Promise<void> {
  const hit = (await axNodes(h, page)).find((n) => named(n, role, name));
  if (!hit?.backendDOMNodeId) throw new Error(`no ${role} named ${String(name)}`);
  const cdp = await h.context.newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: hit.backendDOMNodeId });
    const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: hit.backendDOMNodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** How many nodes with this role (and name, if given) the accessibility tree shows. */
export async function countAccessible(h: Harness, page: Page, role: string, name?: string | RegExp): Promise<number> {
  return (await axNodes(h, page)).filter((n) => named(n, role, name)).length;
}

/** The computed style of the first node with this role (and name, if given), read through CDP (closed shadow roots too). */
export async function computedStyleOfAccessible(h: Harness, page: Page, role: string, name?: string | RegExp): Promise<Record<string, string>> {
  const hit = (await axNodes(h, page)).find((n) => named(n, role, name));
  if (!hit?.backendDOMNodeId) throw new Error(`no ${role} named ${String(name)}`);
  const cdp = await h.context.newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeIds } = (await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [hit.backendDOMNodeId] })) as { nodeIds: number[] };
    await cdp.send('CSS.enable');
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0]! })) as { computedStyle: { name: string; value: string }[] };
    return Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
  } finally {
    await cdp.detach();
  }
}

const TEXT_NODE = 3;

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/**
 * The text inside the extension's in-page hosts, shown or not (no style sheets), read through CDP: what the closed
 * shadow roots hold, beyond what the accessibility tree shows.
 */
export async function shadowText(h: Harness, page: Page): Promise<string> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const out: string[] = [];
    const walk = (node: DomNode, inHost: boolean) => {
      if (inHost && node.nodeType === TEXT_NODE && node.nodeValue) out.push(node.nodeValue);
      if (node.localName === 'style') return;
      const host = inHost || node.localName === 'acg-guard';
      for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) walk(child, host);
    };
    walk(root, false);
    return out.join('\n');
  } finally {
    await cdp.detach();
  }
}
