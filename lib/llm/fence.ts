/**
 * Untrusted text (a web page, a résumé) goes to the model only inside a data block, as JSON that
 * cannot close the block it sits in: a posting or a résumé containing "</job>" or "</resume>"
 * must not be able to end the block and smuggle text in as instructions.
 */
export function blockJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** `<tag>` + blockJson(value) + `</tag>`. */
export function fenced(tag: string, value: unknown): string {
  return `<${tag}>\n${blockJson(value)}\n</${tag}>`;
}
