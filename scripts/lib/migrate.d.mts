export function applyMigrations(url: string, options?: { only?: string[] }): Promise<string[]>;
