export function applyMigrations(url: string): Promise<string[]>;
