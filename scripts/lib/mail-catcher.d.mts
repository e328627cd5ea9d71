export function startMailCatcher(dir: string): Promise<{ url: string; dir: string; stop: () => Promise<void> }>;
