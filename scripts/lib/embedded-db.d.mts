export function freePort(): Promise<number>;
export function startEmbeddedPostgres(options?: { dir?: string; port?: number; database?: string; ephemeral?: boolean }): Promise<{
  url: string;
  dir: string;
  port: number;
  stop: () => Promise<void>;
  pause: () => Promise<void>;
  resume: () => Promise<void>;
}>;
export function useEmbeddedPostgres(port?: number): Promise<{ url: string; stop: () => Promise<void> }>;
