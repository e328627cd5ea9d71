export type TNodeHeaders = Record<string, string | string[] | undefined>;
export declare function trustedProxyHops(value?: string): number;
export declare function clientAddressOf(forwardedFor: string | undefined, remoteAddress: string | undefined, hops: number): string;
export declare function normaliseForwardedHeaders(headers: TNodeHeaders, remoteAddress: string | undefined, hops: number): void;
