import { Component, type ErrorInfo, type ReactNode } from 'react';

interface PanelBoundaryProps {
  /** Names the part of the page, so the message says what stopped working. */
  name: string;
  children: ReactNode;
}
interface PanelBoundaryState {
  error: Error | null;
}

/** One per panel: a render error takes down only its own panel, never the page. */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): PanelBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the panel itself already says what happened.
    console.warn(`Crossroads: the ${this.props.name} panel failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="problem-panel" role="alert">
          <p className="problem-title">The {this.props.name} could not be shown.</p>
          <p>{this.state.error.message}</p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
