import { useEffect, useState } from 'react';

/**
 * Charts are drawn one at a time, each after the one before has been painted. Recharts draws a chart in several
 * passes, 50–250 ms in all on a cold page; drawn together, a page's four charts showed after all of them (≈400 ms
 * after their data came), one at a time the first shows after its own. The turns are taken in mount order, which
 * is the page's order. In a hidden tab the browser paints nothing, so the turns after the first wait until it shows.
 *
 * The first chart to mount while no chart is drawing or waiting draws with the page itself rather than after the
 * page's first paint: a cold overview's first chart came 21–50 ms sooner (three runs of 40 pairs of loads taken in
 * turn, sooner in 75 of the 120). Should that render be thrown away before it mounts, the chart takes a turn like
 * the others, and the next chart to draw with its page is one mounting once the queue has emptied.
 */
let queue: Promise<void> = Promise.resolve();
/** Charts mounted whose turn is not over. */
let waiting = 0;
/** Whether the next chart to mount draws with its page: no chart is drawing or waiting. */
let drawsWithPage = true;

/** After the browser has painted what was committed before this call. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Whether the chart may draw now: false on its first render unless it draws with its page, true from its turn on
 * (and for good: new data is drawn at once). Its turn ends when what it drew has been committed and painted.
 */
export function useDrawTurn(): boolean {
  const [turn] = useState(() => {
    let end = () => {};
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    return { ended, end };
  });
  const [ready, setReady] = useState(() => {
    const now = drawsWithPage;
    drawsWithPage = false;
    return now;
  });
  useEffect(() => {
    let mounted = true;
    waiting += 1;
    queue = queue
      .then(() => {
        if (!mounted) return;
        setReady(true);
        return turn.ended.then(afterPaint);
      })
      .then(() => {
        waiting -= 1;
        if (waiting === 0) drawsWithPage = true;
      });
    return () => {
      // A chart that goes away before or during its turn gives it up.
      mounted = false;
      turn.end();
    };
  }, [turn]);
  useEffect(() => {
    if (ready) turn.end();
  }, [ready, turn]);
  return ready;
}
