export function migrateAndSeed(url: string, options?: { demo?: boolean; quiet?: boolean; env?: Record<string, string | undefined> }): Promise<void>;
export function pendingMigrations(url: string): Promise<string[]>;
export function shippedMigrations(): string[];
