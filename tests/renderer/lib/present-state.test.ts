import { describe, expect, it } from 'vitest';
import { goTo, START, step, upcoming } from '../../../src/renderer/lib/present-state';
import { commandForKey } from '../../../src/renderer/lib/present-keys';

const steps = [0, 2, 0]; // slide 2 has two fragments

describe('step()', () => {
  it('shows fragments one by one before moving to the next slide', () => {
    let pos = step(START, { kind: 'next' }, steps);
    expect(pos).toMatchObject({ index: 1, fragment: 0 });
    pos = step(pos, { kind: 'next' }, steps);
    pos = step(pos, { kind: 'next' }, steps);
    expect(pos).toMatchObject({ index: 1, fragment: 2 });
    expect(step(pos, { kind: 'next' }, steps)).toMatchObject({ index: 2, fragment: 0 });
  });

  it('goes back to the previous slide with all its fragments shown', () => {
    expect(step({ ...START, index: 2 }, { kind: 'prev' }, steps)).toMatchObject({ index: 1, fragment: 2 });
  });

  it('stops at both ends', () => {
    expect(step(START, { kind: 'prev' }, steps)).toEqual(START);
    expect(step({ ...START, index: 2 }, { kind: 'next' }, steps)).toMatchObject({ index: 2 });
  });

  it('toggles black and the overview without moving', () => {
    const black = step(START, { kind: 'black' }, steps);
    expect(black).toMatchObject({ index: 0, black: true });
    expect(step(black, { kind: 'black' }, steps).black).toBe(false);
    expect(step(START, { kind: 'escape' }, steps).overview).toBe(true);
  });

  it('jumps with Home, End and goTo(), clamped to the deck', () => {
    expect(step({ ...START, index: 1, fragment: 1 }, { kind: 'first' }, steps)).toMatchObject({ index: 0, fragment: 0 });
    expect(step(START, { kind: 'last' }, steps)).toMatchObject({ index: 2 });
    expect(goTo(START, 99, steps).index).toBe(2);
  });
});

describe('upcoming()', () => {
  it('is the next fragment while the slide has some left, then the next slide', () => {
    expect(upcoming({ ...START, index: 1 }, steps)).toEqual({ index: 1, fragment: 1 });
    expect(upcoming({ ...START, index: 1, fragment: 2 }, steps)).toEqual({ index: 2, fragment: 0 });
    expect(upcoming({ ...START, index: 2 }, steps)).toBeUndefined();
  });
});

describe('commandForKey()', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => commandForKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it('maps clicker and keyboard keys', () => {
    expect(key('PageDown')?.kind).toBe('next');
    expect(key(' ')?.kind).toBe('next');
    expect(key('ArrowRight')?.kind).toBe('next');
    expect(key('PageUp')?.kind).toBe('prev');
    expect(key('Home')?.kind).toBe('first');
    expect(key('End')?.kind).toBe('last');
    expect(key('G')?.kind).toBe('goto-prompt');
    expect(key('b')?.kind).toBe('black');
    expect(key('.')?.kind).toBe('black');
    expect(key('Escape')?.kind).toBe('escape');
  });
  it('leaves shortcuts with modifiers to the menus', () => {
    expect(key('s', { ctrlKey: true })).toBeUndefined();
    expect(key('b', { metaKey: true })).toBeUndefined();
  });
});
