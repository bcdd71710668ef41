/**
 * Every string a user reads: menus, dialogs, sheet labels, messages and mail
 * defaults. The UI speaks Japanese; nothing here names this survey's questions.
 */

// ── Menu ────────────────────────────────────────────────────────────────────
export const MENU = {
  title: 'アンケート集計',
  summary: '集計を作成',
  paperEntry: '郵送回答を入力',
  paperImport: '郵送回答を一括取り込み',
  reminders: 'リマインドメール…',
  settings: '設定',
} as const;

// ── Summary ─────────────────────────────────────────────────────────────────

// ── Paper answers ───────────────────────────────────────────────────────────

// ── Reminders ───────────────────────────────────────────────────────────────

// ── Settings ────────────────────────────────────────────────────────────────
