// Measurements that run inside the page (page.evaluate): each function is self-contained.

export type Target = { what: string; width: number; height: number };

/**
 * WCAG 2.2 success criterion 2.5.8 (Target Size, Minimum): every link, button and form control is at
 * least 24 by 24 CSS px, unless it is inline in a sentence, or so far from other targets that a
 * 24 px circle around it touches none of them. https://www.w3.org/WAI/WCAG22/Understanding/target-size-minimum
 */
export function undersizedTargets(): Target[] {
  const MIN = 24;
  const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])';
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"${el.getAttribute('href') ? ` ${el.getAttribute('href')}` : ''}`;
  // A radio or checkbox inside its label is operated through the label: the label is the target.
  const targets = [...new Set([...document.querySelectorAll(selector)].map((el) => (el.matches('input') && el.closest('label')) || el))];
  const shown = targets.filter((el) => {
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    if (style.visibility === 'hidden' || rect.width === 0 || rect.height === 0) return false;
    // Off-screen until focused (the skip link), or visually hidden for screen readers only.
    if (rect.bottom <= 0 || rect.right <= 0) return false;
    return !(rect.width <= 1 && rect.height <= 1);
  });

  // The inline exception: an inline link whose line also holds words that are not the link.
  const inSentence = (el: Element) => {
    if (getComputedStyle(el).display !== 'inline') return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
    if (!block) return false;
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let words = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!el.contains(node)) words += node.textContent ?? '';
    }
    return /\p{L}{2,}/u.test(words);
  };

  const boxes = shown.map((el) => ({ el, rect: el.getBoundingClientRect() }));
  const small = boxes.filter(({ el, rect }) => (rect.width < MIN - 0.5 || rect.height < MIN - 0.5) && !inSentence(el));
  const centre = (rect: DOMRect) => ({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
  const circleHitsRect = (c: { x: number; y: number }, rect: DOMRect) => {
    const dx = Math.max(rect.left - c.x, 0, c.x - rect.right);
    const dy = Math.max(rect.top - c.y, 0, c.y - rect.bottom);
    return dx * dx + dy * dy < (MIN / 2) ** 2;
  };
  // The spacing exception: the 24 px circle on an undersized target meets no other target and no
  // other undersized target's circle.
  return small
    .filter(({ el, rect }) => {
      const c = centre(rect);
      const hitsTarget = boxes.some(
        (other) => other.el !== el && !other.el.contains(el) && !el.contains(other.el) && circleHitsRect(c, other.rect),
      );
      const hitsCircle = small.some((other) => {
        if (other.el === el) return false;
        const o = centre(other.rect);
        return Math.hypot(o.x - c.x, o.y - c.y) < MIN;
      });
      return hitsTarget || hitsCircle;
    })
    .map(({ el, rect }) => ({ what: describe(el), width: Math.round(rect.width * 10) / 10, height: Math.round(rect.height * 10) / 10 }));
}

/** Elements that stick out past the right edge of the viewport (what makes a page scroll sideways). */
export function overflowing(): string[] {
  const width = document.documentElement.clientWidth;
  const found: string[] = [];
  for (const el of document.querySelectorAll('body *')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= width + 0.5) continue;
    // Content inside a box that clips it (like a visually hidden label) cannot make the page scroll.
    let clipped = false;
    for (let parent = el.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      if (
        ['hidden', 'clip', 'auto', 'scroll'].includes(getComputedStyle(parent).overflowX) &&
        parent.getBoundingClientRect().right <= width + 0.5
      )
        clipped = true;
    }
    if (!clipped)
      found.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> right edge ${Math.round(rect.right)}`);
  }
  // A word too long for its line overflows its box without making the box wider: find it by its text.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const right = Math.max(...[...range.getClientRects()].map((rect) => rect.right), 0);
    const parent = node.parentElement;
    if (right > width + 0.5 && parent && parent.getBoundingClientRect().right <= width + 0.5)
      found.push(`"${(node.textContent ?? '').trim().slice(0, 40)}" in <${parent.tagName.toLowerCase()}> reaches ${Math.round(right)} px`);
  }
  return found.slice(0, 10);
}

/** Text elements whose own box cuts off their text horizontally. */
export function clippedText(): string[] {
  const found: string[] = [];
  for (const el of document.querySelectorAll('main *')) {
    const style = getComputedStyle(el);
    if (!['hidden', 'clip'].includes(style.overflowX) || el.clientWidth <= 1) continue;
    if (el.scrollWidth > el.clientWidth + 1 && (el.textContent ?? '').trim())
      found.push(`<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().slice(0, 40)}"`);
  }
  return found;
}

export type Contrast = { what: string; ratio: number; large: boolean };

/** The contrast of a few kinds of text against the colour actually behind them. */
export function textContrast(): Contrast[] {
  const parse = (colour: string) => {
    const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
    const channel = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const background = (el: Element | null): { r: number; g: number; b: number } => {
    for (let node = el; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour.a > 0.9) return colour;
    }
    return { r: 255, g: 255, b: 255 };
  };
  const samples = ['main h1', 'main p', 'main li', 'main a', 'header a', 'footer a', '[data-fact]'];
  return samples.flatMap((selector) => {
    const el = [...document.querySelectorAll(selector)].find(
      (candidate) => candidate.getBoundingClientRect().height > 0 && (candidate.textContent ?? '').trim(),
    );
    if (!el) return [];
    const style = getComputedStyle(el);
    const [fg, bg] = [luminance(parse(style.color)), luminance(background(el))];
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    return [{ what: selector, ratio: Math.round(ratio * 100) / 100, large }];
  });
}
