/** Runs `setup` inside an effect root, as a component's initialisation would; returns the cleanup. For tests of rune helpers. */
export function withEffectRoot(setup: () => void): () => void {
  return $effect.root(setup);
}
