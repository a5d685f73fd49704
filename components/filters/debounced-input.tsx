"use client";

import { useEffect, useRef, useState, type InputHTMLAttributes } from "react";

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, "onChange" | "value" | "defaultValue"> & {
  value: string;
  onCommit: (value: string) => void;
  delayMs?: number;
};

/** A text input that reports its value once typing pauses, not on every key. */
export function DebouncedInput({ value, onCommit, delayMs = 400, ...rest }: Props) {
  const [draft, setDraft] = useState(value);
  const [shown, setShown] = useState(value);
  // The URL can change under the input (back button, "clear all"): follow it.
  if (value !== shown) {
    setShown(value);
    setDraft(value);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (
    <input
      {...rest}
      value={draft}
      onChange={(e) => {
        const next = e.target.value;
        setDraft(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => onCommit(next.trim()), delayMs);
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter") {
          clearTimeout(timer.current);
          onCommit(draft.trim());
        }
      }}
    />
  );
}
