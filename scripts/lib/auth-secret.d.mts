export declare const AUTH_SECRET_MIN_LENGTH: number;
export declare function resolveAuthSecret(options: {
  env?: Record<string, string | undefined>;
  production: boolean;
  ephemeral: boolean;
  dataDir?: string;
}): string;
