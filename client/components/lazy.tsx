// Loads a view's module on first use (keeps views most users never open out of the first bundle).
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ErrorMessage, Loading } from "./ErrorMessage.tsx";

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let cached: ComponentType<P> | null = null;
  return function LazyView(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | null>(() => cached);
    const [error, setError] = useState<unknown>(null);
    useEffect(() => {
      if (Comp) return;
      load().then(
        (c) => {
          cached = c;
          setComp(() => c);
        },
        (e: unknown) => setError(e),
      );
    }, []);
    if (error) return <ErrorMessage error={error} />;
    return Comp ? <Comp {...props} /> : <Loading />;
  };
}
