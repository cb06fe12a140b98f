import { useAppStore } from '../state/store';
import '../ui/quietButton.css';

/** Messages such as link parameters that were dropped; each stays until dismissed. */
export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices">
      <ul>
        {notices.map((text) => (
          <li key={text} className="notice">
            <bdi>{text}</bdi>
            <button
              type="button"
              className="quiet-button notice-dismiss"
              onClick={() => dismiss(text)}
              aria-label={`Dismiss: ${text}`}
            >
              Dismiss
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
