import type { KeyboardEvent } from "react";

/** Enter in a field of these panels submits the panel's own form, not the item's enclosing one. */
export function submitOnEnter(submit: () => Promise<void> | void, cancel?: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      void submit();
    } else if (event.key === "Escape" && cancel) {
      event.preventDefault();
      cancel();
    }
  };
}
