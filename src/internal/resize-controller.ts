import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls back with the host's latest size report while the host is connected: the one
 * ResizeObserver plumbing of every stegvis element. `@lit-labs/observers`' ResizeController does
 * the same but pulls in Lit's async directives (+0.8 kB gzipped in the rating form, measured) and
 * requests an update on every report; here the callback decides whether anything changed.
 * Where ResizeObserver does not exist (old engines, Node) it does nothing.
 */
export class ResizeController implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly callback: (entry: ResizeObserverEntry) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) this.callback(entry);
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}

/** The inline size (CSS px) a size report gives, in any engine. */
export function reportedWidth(entry: ResizeObserverEntry): number {
  return entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
}
