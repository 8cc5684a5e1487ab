import type { Nodes, Parents } from "mdast";

/**
 * Visit every node under `roots` in document order, with its depth and
 * ancestors. Iterative, so a hostile file with thousands of nesting levels
 * cannot overflow the stack.
 */
export function walkMarkdown(
  roots: readonly Nodes[],
  visit: (node: Nodes, ancestors: readonly Parents[]) => void,
): void {
  const stack: { node: Nodes; ancestors: readonly Parents[] }[] = [];
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ node: roots[i], ancestors: [] });
  while (stack.length > 0) {
    const { node, ancestors } = stack.pop() as {
      node: Nodes;
      ancestors: readonly Parents[];
    };
    visit(node, ancestors);
    if ("children" in node) {
      const inner = [...ancestors, node];
      for (let i = node.children.length - 1; i >= 0; i--)
        stack.push({ node: node.children[i], ancestors: inner });
    }
  }
}
