// The view's h1: sets document.title and takes focus on navigation so screen readers announce the new page.
import { useEffect, useRef } from "preact/hooks";

export function PageTitle({ children, focus = true }: { children: string; focus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · Laget`;
    if (focus && document.activeElement === document.body) ref.current?.focus();
  }, [children, focus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
