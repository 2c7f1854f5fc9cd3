/**
 * A digest as its recipient sees it: the email's HTML served on its own (GET /email/…, with a policy that allows
 * its inline styles and nothing else), in a frame that runs no script; its links open in a new tab.
 */
export function EmailFrame(props: { src: string; title: string; onClose: () => void }) {
  return (
    <section className="card email-view" aria-label={props.title}>
      <div className="card__header">
        <h2 className="card__title">{props.title}</h2>
        <button type="button" className="button button--small" onClick={props.onClose}>
          Close
        </button>
      </div>
      <iframe
        className="email-frame"
        title={props.title}
        src={props.src}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
      />
    </section>
  );
}
