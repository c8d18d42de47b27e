/**
 * The rule for where the API key may go: over TLS anywhere, or in the clear only to this computer.
 * Used by the settings schema (so "Save settings" refuses anything else) and by every import path.
 */

/** localhost, 127.0.0.0/8 and [::1]: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]' || host === '::1') return true;
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/** Why an address may not receive the API key, or null when it may. */
export function baseUrlProblem(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return 'Enter a full address such as https://api.anthropic.com or http://localhost:11434.';
  }
  if (url.username || url.password) return 'Leave the user name and password out of the address; the API key is sent separately.';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') {
    if (isLoopbackHost(url.hostname)) return null;
    return `http:// sends your API key and profile unencrypted, so it is only allowed for a server on this computer (localhost, 127.0.0.1, [::1]). Use https://${url.host}${url.pathname === '/' ? '' : url.pathname} instead.`;
  }
  return `Only https:// addresses (or http:// to this computer) can be used, not ${url.protocol}//.`;
}

export function isAllowedBaseUrl(address: string): boolean {
  return baseUrlProblem(address) === null;
}

/** Compares two API addresses as the browser would reach them (case, default port and trailing slash do not matter). */
export function sameBaseUrl(a: string, b: string): boolean {
  return canonicalBaseUrl(a) === canonicalBaseUrl(b);
}

export function canonicalBaseUrl(address: string): string {
  try {
    const url = new URL(address.trim());
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return address.trim().toLowerCase();
  }
}

/** The host-permission pattern that covers an address: "http://localhost/*" (ports are not part of match patterns). */
export function originPattern(address: string): string {
  const url = new URL(address.trim());
  return `${url.protocol}//${url.hostname}/*`;
}
