import { Component, type ReactNode } from 'react';
import { PageLoadError, refetchFailedStylesheets } from '../../lib/reloadable-page';
import { PageLoadFailed } from './page-load-failed';

interface BoundaryProps {
  /** Lets the page be fetched again; the boundary then renders it anew. */
  onRetry: () => void;
  children: ReactNode;
}

interface BoundaryState {
  failure: { error: unknown } | null;
  /** The page was already fetched again in place once, and failed again. */
  retriedInPlace: boolean;
}

/**
 * Catches a page whose code could not be fetched, so the layout around it (menu, header, live
 * updates) stays and only the page says so. Any other failure goes on to the route's boundary.
 *
 * Trying again first fetches the page in place. Some browsers remember a failed module fetch
 * for the life of the document, so a second failure, once the server answers, reloads the
 * document instead: the only retry those browsers let succeed.
 */
export class PageLoadBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failure: null, retriedInPlace: false };
  private retrying = false;

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failure: { error } };
  }

  private readonly retry = async () => {
    if (this.retrying) return;
    if (this.state.retriedInPlace) {
      window.location.reload();
      return;
    }
    this.retrying = true;
    await refetchFailedStylesheets();
    this.retrying = false;
    this.props.onRetry();
    this.setState({ failure: null, retriedInPlace: true });
  };

  override render() {
    const { failure } = this.state;
    if (!failure) return this.props.children;
    // Not this boundary's kind of failure: the route's boundary shows it.
    if (!(failure.error instanceof PageLoadError)) throw failure.error;
    return <PageLoadFailed onRetry={() => void this.retry()} />;
  }
}
