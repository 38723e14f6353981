import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../src/lib/shared/afterPaint';

/** Fake timers and animation frames that run only when a test calls them (returned). */
function fakeFrames(): (() => void)[] {
  vi.useFakeTimers();
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  return frames;
}

describe('afterPaint', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once, after the next frame and a task, not before', () => {
    const frames = fakeFrames();
    const fn = vi.fn();
    afterPaint(fn);
    expect(fn).not.toHaveBeenCalled();
    frames.shift()!();
    expect(fn).not.toHaveBeenCalled(); // the frame itself only queues a task
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000); // the fallback does not run it again
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('still runs on a page that paints no frames (a hidden tab), after the fallback', () => {
    fakeFrames(); // frames never come
    const fn = vi.fn();
    afterPaint(fn, 250);
    vi.advanceTimersByTime(249);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled', () => {
    const frames = fakeFrames();
    const fn = vi.fn();
    const cancel = afterPaint(fn);
    frames.shift()!();
    cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).not.toHaveBeenCalled();
  });
});
