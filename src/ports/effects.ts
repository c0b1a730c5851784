// What the core asks of the outside world's adapters (github/, integrations/), typed here, below
// both, so the core never imports an adapter: the adapters implement these and the entries wire
// them in (src/wiring.ts).

/** EffectResult: what an outside effect (a push, a post, a dispatch) came to, and what to say about it. */
export interface EffectResult {
  ok: boolean;
  detail: string;
}

/** GitHubAccess: a token and the repository (owner/name) it acts on, at an API base (GITHUB_API_URL). */
export interface GitHubAccess {
  token: string;
  repository: string;
  apiUrl: string;
}
