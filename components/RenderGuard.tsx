/**
 * An error boundary: when anything inside fails to render (a record the views cannot
 * read), the fallback is shown in its place instead of a panel stuck on "Opening…".
 * Give it a `key` per record so the next record gets a fresh try.
 */
import { Component, type ComponentChildren } from 'preact';

type Props = {
  children: ComponentChildren;
  /** What to show instead, given the error's message. */
  fallback: (message: string) => ComponentChildren;
};

type State = { message: string | null };

export class RenderGuard extends Component<Props, State> {
  override state: State = { message: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    return this.state.message === null ? this.props.children : this.props.fallback(this.state.message);
  }
}
