// Sizes in Indonesian format: 512 B, 12,5 KB, 2,4 MB, 1,1 GB (binary multiples, as file managers show).

const oneDecimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

export function formatFileSize(bytes: number): string {
  if (bytes < KB) return `${whole.format(bytes)} B`;
  if (bytes < MB) return `${oneDecimal.format(bytes / KB)} KB`;
  if (bytes < GB) return `${oneDecimal.format(bytes / MB)} MB`;
  return `${oneDecimal.format(bytes / GB)} GB`;
}

/** A configured limit as people read it: "20 MB", "2.048 MB". */
export function formatLimit(bytes: number): string {
  return `${whole.format(bytes / MB)} MB`;
}
