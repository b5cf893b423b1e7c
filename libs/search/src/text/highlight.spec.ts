import { describe, expect, it } from '@jest/globals';
import { escapeHtml, highlight, snippet } from './highlight.js';

describe('highlight', () => {
  it('escapes the text and marks terms case-blind, longest term first', () => {
    expect(highlight('<b>Lithium-ion</b> 锂离子电池', ['锂离子电池', '电池', 'lithium'])).toBe(
      '&lt;b&gt;<mark>Lithium</mark>-ion&lt;/b&gt; <mark>锂离子电池</mark>',
    );
  });

  it('escapes quotes and ampersands', () => {
    expect(escapeHtml(`"a" & 'b'`)).toBe('&quot;a&quot; &amp; &#39;b&#39;');
  });
});

describe('snippet', () => {
  const text = `${'前'.repeat(200)}核心是锂离子电池的循环寿命${'后'.repeat(200)}`;

  it('cuts a window around the first match with ellipses', () => {
    const cut = snippet(text, ['锂离子电池'], 60);
    expect(cut).toMatch(/^…前+核心是<mark>锂离子电池<\/mark>的循环寿命后+…$/);
    expect(cut.replace(/<\/?mark>/g, '').length).toBe(62);
  });

  it('starts at the beginning without a match', () => {
    expect(snippet('短文本 <x>', ['无'], 60)).toBe('短文本 &lt;x&gt;');
  });
});
