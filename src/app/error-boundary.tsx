import { Component, type ErrorInfo, type ReactNode } from 'react';
import { i18n } from '../i18n/i18n';

interface State {
  error: Error | null;
}

/** One broken component must not blank the page: say what happened and offer a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The timeline hit an unexpected error', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    // The instance itself, not useI18n: a class has no hooks, and with the tree gone no language menu can change it.
    return (
      <div className="load-failure" role="alert">
        <h2>{i18n._('Something went wrong')}</h2>
        <p>{i18n._('The page hit an unexpected error and stopped drawing: {message}', { message: this.state.error.message })}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {i18n._('Reload the page')}
        </button>
      </div>
    );
  }
}
