import { type CSSProperties, type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/**
 * A frame that scrolls what is too wide or too tall for it (a table on a phone), never the page. While it does,
 * it is a named region the keyboard can reach and scroll with the arrow keys.
 */
export function ScrollFrame({
  label,
  className,
  style,
  children,
}: {
  label: string;
  className: string;
  style?: CSSProperties | undefined;
  children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const check = () =>
      setScrolls(
        element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1,
      );
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  // While it scrolls it is a named region in the tab order; otherwise a plain frame.
  const region = scrolls ? { role: 'region', 'aria-label': label, tabIndex: 0 } : {};
  return (
    <div ref={frame} className={className} style={style} {...region}>
      {children}
    </div>
  );
}
