/**
 * How much one tab may make the reuse check do. A page can type values into its own password field by script; each
 * warning it provokes is an oracle ("that guess was the password") and each report lands at the administrator's
 * collector. So, per tab and sliding window:
 * - `userChecks`: slow comparisons of values seen while the user is interacting with the frame (transient user
 *   activation, which a page cannot fake). A person typing needs a handful per password (the tag lets 1 value in 8 through).
 * - `scriptChecks`: slow comparisons of values that changed with no user activation: a page typing by itself gets
 *   few, and cannot spend the user's share.
 * - `warnings`: matches shown (and reported) per tab.
 */
export type BudgetPool = 'userChecks' | 'scriptChecks' | 'warnings';

export const DEFAULT_BUDGET: Readonly<Record<BudgetPool, number>> = { userChecks: 40, scriptChecks: 8, warnings: 3 };
export const BUDGET_WINDOW_MS = 10 * 60_000;
/** Tabs remembered at once; beyond it the oldest are forgotten (each closing tab is forgotten anyway). */
const MAX_TABS = 1000;

export class TabBudget {
  private readonly spent = new Map<number, Record<BudgetPool, number[]>>();

  constructor(
    private readonly limits: Readonly<Record<BudgetPool, number>> = DEFAULT_BUDGET,
    private readonly now: () => number = Date.now,
    private readonly windowMs = BUDGET_WINDOW_MS,
  ) {}

  /** Spends one unit of `pool` for `tabId`; false (and nothing spent) when the tab has used its share. */
  take(tabId: number, pool: BudgetPool): boolean {
    const t = this.now();
    let tab = this.spent.get(tabId);
    if (!tab) {
      if (this.spent.size >= MAX_TABS) this.spent.delete(this.spent.keys().next().value!);
      tab = { userChecks: [], scriptChecks: [], warnings: [] };
      this.spent.set(tabId, tab);
    }
    const times = tab[pool].filter((at) => t - at < this.windowMs);
    tab[pool] = times;
    if (times.length >= this.limits[pool]) return false;
    times.push(t);
    return true;
  }

  forget(tabId: number): void {
    this.spent.delete(tabId);
  }

  /** What was spent, as plain data: the worker keeps it across its restarts (a page cannot wait for a fresh budget). */
  snapshot(): Record<string, Record<BudgetPool, number[]>> {
    return Object.fromEntries([...this.spent].map(([tab, pools]) => [String(tab), pools]));
  }

  /** Takes over a snapshot; anything malformed in it is ignored. */
  restore(raw: unknown): void {
    if (typeof raw !== 'object' || raw === null) return;
    for (const [tab, pools] of Object.entries(raw as Record<string, unknown>).slice(0, MAX_TABS)) {
      const id = Number(tab);
      if (!Number.isSafeInteger(id) || typeof pools !== 'object' || pools === null) continue;
      const times = (k: BudgetPool) => {
        const v = (pools as Record<string, unknown>)[k];
        return Array.isArray(v) ? v.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)).slice(-1000) : [];
      };
      this.spent.set(id, { userChecks: times('userChecks'), scriptChecks: times('scriptChecks'), warnings: times('warnings') });
    }
  }
}
